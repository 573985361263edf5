import { pythonModuleFacts, type PyImport } from '../../lang/python/declarations';

/** What a keep region imports from the package by hand: generation leaves those modules and names to it. */
export interface KeptImports {
  /** The package's modules it imports from (`from .legacy import …`, `from . import legacy`). */
  modules: Set<string>;
  /** The names its relative imports bind, in order: they are part of the barrel's `__all__`. */
  names: string[];
}

/** The package-relative imports (`from .x import …`, `from . import x`) of a keep region. */
export function keptImports(keepText: string): KeptImports {
  const modules = new Set<string>();
  const names: string[] = [];
  for (const imp of siblingImports(keepText)) {
    if (imp.module !== '') modules.add(imp.module);
    else imp.binds.forEach((name) => modules.add(name));
    for (const name of imp.binds) if (!names.includes(name)) names.push(name);
  }
  return { modules, names };
}

/**
 * The names an `__init__.py` imports from each of its package's modules, keyed `.module`: sorted and
 * joined with commas (`*` for a star import), for telling which modules a stale barrel differs on.
 */
export function barrelImports(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const imp of siblingImports(text)) {
    if (imp.module === '') imp.names.forEach((n) => out.set(`.${n.name}`, ''));
    else out.set(`.${imp.module}`, imp.names.map((n) => n.alias ?? n.name).sort().join(','));
  }
  return out;
}

/** From-imports of the package's own modules (one leading dot). */
function siblingImports(text: string): PyImport[] {
  return pythonModuleFacts(text).imports.filter((imp) => imp.level === 1 && !imp.typeOnly);
}
