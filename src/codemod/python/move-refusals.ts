import { StateError } from '../../errors';
import { isModuleSegment, moduleNameOf } from '../../lang/python/module-names';
import type { PythonSettings } from '../../lang/python/roots';
import type { Overlay } from '../../workspace/overlay';
import type { RelPath } from '../../workspace/paths';

/**
 * Refuses (StateError) a Python module move whose target has no importable name: a segment that is no
 * valid module name (`loop-events.py`), or a place outside every import root.
 */
export function assertImportableTarget(from: RelPath, to: RelPath, settings: PythonSettings): void {
  if (moduleNameOf(to, settings) !== undefined || moduleNameOf(from, settings) === undefined) return;
  const root = settings.roots.find((r) => r === '' || to.startsWith(r + '/'));
  if (root === undefined) {
    const roots = settings.roots.map((r) => r || '.').join(', ');
    throw new StateError(`cannot move ${from} to ${to}: the target is outside every import root (${roots}), so it would have no module name`);
  }
  const segments = (root === '' ? to : to.slice(root.length + 1)).replace(/\.pyi?$/, '').split('/');
  const bad = segments.find((s) => s !== '__init__' && !isModuleSegment(s));
  throw new StateError(`cannot move ${from} to ${to}: "${bad}" is not a valid Python module name`);
}

/**
 * Refuses a move onto a module name another file of the final tree already has: `x.py` beside a
 * package `x/`, or a package `x/` beside a module `x.py`. `finalTree` tells whether a path exists once
 * every move is made.
 */
export function assertNoNameClash(from: RelPath, to: RelPath, finalExists: (p: RelPath) => boolean): void {
  const init = /^(.*)\/__init__\.pyi?$/.exec(to);
  const rivals = init ? [`${init[1]}.py`, `${init[1]}.pyi`] : /\.pyi?$/.test(to) ? [to.replace(/\.pyi?$/, '/__init__.py'), to.replace(/\.pyi?$/, '/__init__.pyi')] : [];
  const rival = rivals.find(finalExists);
  if (rival === undefined) return;
  const what = init ? `the module ${rival}` : `the package ${rival.replace(/\/__init__\.pyi?$/, '/')}`;
  throw new StateError(`cannot move ${from} to ${to}: target exists: ${what} has the same module name`);
}

/** Whether a path exists once the moves are made (`moved`: original path → final path). */
export function finalTree(overlay: Overlay, moved: Map<RelPath, RelPath>): (p: RelPath) => boolean {
  const targets = new Set(moved.values());
  return (p) => targets.has(p) || (overlay.exists(p) && !moved.has(p));
}
