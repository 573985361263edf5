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
      const records = lexed.imports as unknown as ResolvedImport[];
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
    keep: keepReferences,
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
 * `from pkg import a, b` names the submodule pkg.a when there is one, else a name of pkg: a submodule
 * candidate is a reference when it resolves, and the statement references pkg itself only for names
 * that are not submodules (its submodule candidates follow it in the list).
 */
function keepReferences(refs: ResolvedImport[]): ResolvedImport[] {
  let all = true;
  for (const r of refs) if (r.kind === 'submodule' || r.kind === 'from') all = false;
  if (all) return refs;
  const out: ResolvedImport[] = [];
  for (let i = 0; i < refs.length; i++) {
    const r = refs[i];
    if (r.kind === 'submodule') {
      if (r.resolved !== undefined) out.push(r);
    } else if (r.kind !== 'from' || r.star || !r.names || r.specifier.charCodeAt(0) === 46 || !allSubmodules(refs, i)) {
      out.push(r);
    }
  }
  return out;
}

/** Whether every name of the from-import at `i` is a submodule that resolves (or a namespace package). */
function allSubmodules(refs: ResolvedImport[], i: number): boolean {
  const from = refs[i];
  let n = 0;
  for (let j = i + 1; j < refs.length && refs[j].kind === 'submodule' && refs[j].stmtStart === from.stmtStart; j++, n++) {
    if (refs[j].resolved === undefined) return false;
  }
  return n === from.names!.length;
}
