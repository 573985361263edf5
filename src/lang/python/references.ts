import type { ResolvedImport } from '../../workspace/import-index';
import type { RelPath } from '../../workspace/paths';
import type { CodeBase, ModuleReferences } from '../types';
import { lexPythonImports, type NonLiteralDynamic } from './imports';
import { absoluteModule, joinModule, moduleNameOf, relativeBase, relativeLevel } from './module-names';
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
      const records: ResolvedImport[] = lexed.imports;
      let name: string | undefined | null = null;
      // A file's relative imports mostly share one level: its base package is worked out once.
      let baseLevel = 0;
      let base: string | { error: string } = '';
      for (const r of records) {
        r.file = file;
        if (r.specifier.charCodeAt(0) === 46) {
          if (name === null) name = moduleNameOf(file, settings);
          const level = relativeLevel(r.specifier);
          if (level !== baseLevel) (baseLevel = level), (base = relativeBase(file, r.specifier, level, settings, name));
          // A level that climbs too high leaves the import as written (brokenReason says why).
          if (typeof base === 'string') r.specifier = joinModule(base, r.specifier, level);
        }
        r.resolved = resolve(r);
      }
      return records;
    },
    resolve,
    keep: (refs) => (refs.some((r) => r.kind === 'submodule' && r.resolved === undefined) ? refs.filter((r) => r.kind !== 'submodule' || r.resolved !== undefined) : refs),
    dependencies,
    brokenReason(r) {
      if (r.specifier.charCodeAt(0) === 46) {
        const abs = absoluteModule(r.file, r.specifier, settings);
        return typeof abs === 'string' ? undefined : abs.error;
      }
      // isProjectModule looks at the top-level name itself: no split per unresolved import.
      if (r.kind === 'submodule' || !resolver.isProjectModule(r.specifier)) return undefined;
      if (r.kind === 'mock') return `patch target "${r.specifier}" names no module of the code base`;
      if (resolver.isNamespacePackage(r.specifier)) return undefined;
      return `import "${r.specifier}" resolves to no module of the code base (import roots: ${settings.roots.map((x) => x || '.').join(', ')})`;
    },
  };
}

/**
 * `from pkg import a, b` names the submodule pkg.a when there is one, else a name of pkg: the
 * statement depends on pkg itself only for names that are not submodules. `refs` are a file's kept
 * references, where a from-import's resolved submodules follow it.
 */
function dependencies(refs: ResolvedImport[]): ResolvedImport[] {
  let out: ResolvedImport[] | undefined;
  for (let i = 0; i < refs.length; i++) {
    const r = refs[i];
    const drop = r.kind === 'from' && !r.star && r.names !== undefined && r.specifier.charCodeAt(0) !== 46 && submodulesAfter(refs, i) === r.names.length;
    if (drop) out ??= refs.slice(0, i);
    else out?.push(r);
  }
  return out ?? refs;
}

/** How many submodule references follow the from-import at `i` (its names that are submodules). */
function submodulesAfter(refs: ResolvedImport[], i: number): number {
  let n = 0;
  while (refs[i + 1 + n]?.kind === 'submodule' && refs[i + 1 + n].stmtStart === refs[i].stmtStart) n++;
  return n;
}
