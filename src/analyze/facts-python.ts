import { python } from '../lang/python';
import { pythonModuleFacts, type PyImport } from '../lang/python/declarations';
import { parsePythonHeader } from '../lang/python/header';
import { absoluteModule } from '../lang/python/module-names';
import type { PythonSettings } from '../lang/python/roots';
import { pySettings } from '../lang/python/settings';
import type { RelPath } from '../workspace/paths';
import type { DeclarationFact, FactsProvider } from './facts';

/**
 * Python modules, read with the tree-sitter grammar (Workspace.load loads it). A dataclass, an enum, a
 * constant and a type alias are data shapes; `usesModules` holds the absolute dotted modules of the
 * run-time imports a declaration reads outside annotations (a name only annotated, or imported under
 * `if TYPE_CHECKING:`, loads nothing when the declaration runs).
 */
export const pythonFacts: FactsProvider = {
  schemaKinds: ['dataclass', 'enum', 'constant', 'type-alias'],
  functionKind: 'function',
  valueKinds: ['variable', 'constant'],
  handles: (file) => python.isSource(file),
  header: parsePythonHeader,
  declarations(file, text, base) {
    const facts = pythonModuleFacts(text);
    const imported = runtimeBindings(file, facts.imports, pySettings(base));
    const locals = new Set(facts.declarations.flatMap((d) => d.names));
    const out: DeclarationFact[] = [];
    for (const d of facts.declarations) {
      const annotationOnly = new Set(d.annotationOnlyUses);
      const modules = new Set<string>();
      for (const name of d.uses) {
        const module = annotationOnly.has(name) ? undefined : imported.get(name);
        if (module !== undefined) modules.add(module);
      }
      const usesLocals = d.uses.filter((n) => locals.has(n) && !d.names.includes(n));
      const runtimeLocals = facts.futureAnnotations ? usesLocals.filter((n) => !annotationOnly.has(n)) : usesLocals;
      for (const name of d.names) out.push({ name, kind: d.kind, usesModules: [...modules], usesLocals, runtimeLocals, line: d.line });
    }
    return out;
  },
};

/** Local name → absolute dotted module of every binding a run-time import brings in. */
function runtimeBindings(file: RelPath, imports: PyImport[], settings: PythonSettings): Map<string, string> {
  const out = new Map<string, string>();
  for (const imp of imports) {
    if (imp.typeOnly) continue;
    // `import a.b` binds `a` (and `import a.b as c` binds `c`) to the module a.b itself.
    const plain = imp.level === 0 && imp.names.length === 1 && imp.names[0].name === imp.module;
    const from = plain ? imp.module : absoluteModule(file, '.'.repeat(imp.level) + imp.module, settings);
    // A relative import that climbs out of the import roots names no module: the file cannot load it either.
    if (typeof from !== 'string') continue;
    for (const local of imp.binds) out.set(local, from);
  }
  return out;
}
