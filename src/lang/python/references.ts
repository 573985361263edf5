import type { ResolvedImport } from '../../workspace/import-index';
import type { RelPath } from '../../workspace/paths';
import type { CodeBase, ModuleReferences } from '../types';
import { lexPythonImports, type NonLiteralDynamic } from './imports';
import { absoluteModule } from './module-names';
import { PythonResolver } from './resolver';
import { pySettings } from './settings';

/** Python's references of one layout; the codemods also ask for the resolver and the non-literal imports. */
export interface PythonReferences extends ModuleReferences {
  resolver: PythonResolver;
  /** `import_module(name)` calls whose module is not a literal, by file (as last lexed). */
  nonLiteral(file: RelPath): NonLiteralDynamic[];
}

/**
 * Lexes with the Python import lexer, makes relative imports absolute (so module patterns and messages
 * see `app.x.events`, not `..events`), and resolves as CPython does over the overlay. A relative
 * import that climbs above its top-level package keeps its written form and resolves to nothing.
 */
export function pythonReferences(base: CodeBase): PythonReferences {
  const settings = pySettings(base);
  const resolver = new PythonResolver(base.overlay, settings);
  const nonLiteral = new Map<RelPath, NonLiteralDynamic[]>();
  const resolve = (r: ResolvedImport): RelPath | undefined => {
    if (r.specifier.charCodeAt(0) === 46 /* . */) return undefined;
    return r.kind === 'mock' ? resolver.longestModulePrefix(r.specifier)?.file : resolver.resolve(r.specifier);
  };
  return {
    resolver,
    nonLiteral: (file) => nonLiteral.get(file) ?? [],
    lex(file, text) {
      const lexed = lexPythonImports(text);
      if (lexed.nonLiteral.length) nonLiteral.set(file, lexed.nonLiteral);
      else nonLiteral.delete(file);
      const records = lexed.imports as unknown as ResolvedImport[];
      for (const r of records) {
        r.file = file;
        if (r.specifier.charCodeAt(0) === 46) {
          const abs = absoluteModule(file, r.specifier, settings);
          if (typeof abs === 'string') r.specifier = abs;
        }
        r.resolved = resolve(r);
      }
      return records;
    },
    resolve,
    isReference: (r) => r.kind !== 'submodule' || r.resolved !== undefined,
    brokenReason(r) {
      if (r.specifier.charCodeAt(0) === 46) {
        const abs = absoluteModule(r.file, r.specifier, settings);
        return typeof abs === 'string' ? undefined : abs.error;
      }
      const top = r.specifier.split('.', 1)[0];
      if (r.kind === 'submodule' || !resolver.isProjectModule(top)) return undefined;
      if (r.kind === 'mock') return `patch target "${r.specifier}" names no module of the code base`;
      if (resolver.isNamespacePackage(r.specifier)) return undefined;
      return `import "${r.specifier}" resolves to no module of the code base (import roots: ${settings.roots.map((x) => x || '.').join(', ')})`;
    },
  };
}
