// Layer: L6 — Drivers
// Role: Public surface of the drivers

export * from './old_gone';
export { Store } from './store';

// remediate:keep-start
export { default as legacy } from "./legacy"
export const VERSION = 2;
// remediate:keep-end
