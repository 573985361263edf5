import type TS from 'typescript';

let loaded: typeof TS | undefined;

/**
 * TypeScript's compiler API, loaded on its first use. Loading its 9 MB bundle is a seventh of what
 * `verify` takes on a 10k-file tree, and `verify` needs it only to read a tsconfig it has not seen,
 * or to resolve a specifier the resolver's fast paths cannot; codemods that parse files load it then.
 * Modules name the types with `import type ts from 'typescript'` and the values through `tsc`.
 */
export const tsc: typeof TS = new Proxy({} as typeof TS, {
  get(_target, key) {
    loaded ??= require('typescript') as typeof TS;
    return loaded[key as keyof typeof TS];
  },
});
