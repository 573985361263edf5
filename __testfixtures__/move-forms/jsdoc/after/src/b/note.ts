/** In a TypeScript file JSDoc types are not read: import('../a/x') stays as written. */
export const note = 1;
