import { x } from './b/deep/x.js';
export type { Y } from './b/deep/y.js';
export * from './b/deep/x.js';

export const later = async () => (await import('./b/deep/y.js')).y;
export const value = x();
