/**
 * `import()` that survives compilation to CommonJS (tsc would turn a plain `import()` into `require()`,
 * which cannot load ESM-only packages such as dependency-cruiser).
 */
export const importEsm = new Function('specifier', 'return import(specifier)') as <T>(specifier: string) => Promise<T>;
