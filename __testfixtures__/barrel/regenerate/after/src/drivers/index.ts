// Layer: L6 — Drivers
// Role: Public surface of the drivers

export { type Hidden, a } from './local';
export { extra } from './reexport';
export { Store, type StoreRow } from './store';
export type { Id, Row } from './types';

// remediate:keep-start
export { default as legacy } from "./legacy"
export const VERSION = 2;
// remediate:keep-end
