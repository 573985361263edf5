import { x } from './a/x.js';
export type { Y } from './a/y.js';
export * from './a/x.js';

export const later = async () => (await import('./a/y.js')).y;
export const value = x();
