import type { ts } from 'ts-morph';
import { StateError } from '../errors';
import type { Unit } from './declarations';
import type { SplitDeps } from './dependencies';
import type { FileModel } from './model';

/** True when the source exported the unit: an `export` modifier, or a local export list naming it. */
export function wasExported(m: FileModel, u: Unit): boolean {
  return u.decls.some((d) => d.exported) || m.exports.some((e) => u.names.includes(e.local));
}

/** Refuses what a split cannot carry over: a default export, or a name exported under another name. */
export function checkMovable(source: FileModel, deps: SplitDeps): void {
  for (const u of deps.moved) {
    if (u.decls.some((d) => d.isDefault)) throw new StateError(`cannot extract ${u.names.join(', ')}: it is the default export of ${source.path}`);
    const renamed = source.exports.find((e) => u.names.includes(e.local) && e.exported !== e.local);
    if (renamed) throw new StateError(`cannot extract ${renamed.local}: ${source.path} exports it as ${renamed.exported}`);
  }
}

/**
 * Moved declarations that get `export` in the target: the source still uses them, or exported them
 * (then through an `export { … }` list, which loses the name). Every declaration of a merged name
 * gets it, as TypeScript requires.
 */
export function exportsInTarget(source: FileModel, deps: SplitDeps): Set<ts.Statement> {
  const units = deps.moved.filter((u) => u.names.some((n) => deps.usedBack.has(n)) || wasExported(source, u));
  return unexported(units);
}

/** Staying declarations the target imports that the source did not export yet. */
export function exportsInSource(source: FileModel, deps: SplitDeps): Set<ts.Statement> {
  return unexported(source.units.filter((u) => u.names.some((n) => deps.staying.has(n)) && !wasExported(source, u)));
}

function unexported(units: Unit[]): Set<ts.Statement> {
  return new Set(units.flatMap((u) => u.decls.filter((d) => !d.exported).map((d) => d.stmt)));
}
