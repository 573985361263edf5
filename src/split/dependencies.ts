import type { ts } from 'ts-morph';
import { StateError } from '../errors';
import type { RelPath } from '../workspace/paths';
import type { Unit } from './declarations';
import type { FileModel } from './model';

/** Name → true when it is needed at run time (used in a value position), false for types only. */
export type Needs = Map<string, boolean>;

/** Who needs what once the chosen units move: the basis of every import the split writes or drops. */
export interface SplitDeps {
  /** Units that move, in file order (with any moved along to break a cycle). */
  moved: Unit[];
  movedNames: Set<string>;
  /** Units moved along because the moved code needs them at run time (`with-dependencies`). */
  along: Unit[];
  /** Source import bindings the moved code refers to. */
  bindings: Needs;
  /** Staying declarations the moved code refers to: the target imports them from the source. */
  staying: Needs;
  /** Moved names the staying code still refers to: the source imports them back. */
  usedBack: Needs;
  /** Source import bindings only the moved code used: the source drops them. */
  dropped: Set<string>;
}

export interface DepOptions {
  to: RelPath;
  withDependencies: boolean;
  reexport: boolean;
}

/**
 * Works out the split's dependencies, refusing a runtime import cycle between the two files (type
 * positions do not count), or, with `withDependencies`, moving along what the moved code needs at
 * run time until there is none.
 */
export function splitDependencies(source: FileModel, chosen: Unit[], opts: DepOptions): SplitDeps {
  let moved = chosen;
  for (;;) {
    const deps = collect(source, moved, chosen);
    const out = inFileOrder(source, runtime(deps.staying));
    const reexported = opts.reexport ? moved.filter((u) => u.decls.some((d) => d.value)).flatMap((u) => u.names) : [];
    const back = inFileOrder(source, [...runtime(deps.usedBack), ...reexported]);
    if (!out.length || !back.length) return deps;
    if (!opts.withDependencies) {
      throw new StateError(
        `split would make a runtime import cycle: ${opts.to} would need ${out.join(', ')} from ${source.path} at run time, ` +
          `and ${source.path} needs ${back.join(', ')} from ${opts.to}; set with-dependencies: true to move ${out.join(', ')} along`,
      );
    }
    const extra = new Set(out.map((n) => source.unitOf.get(n) as Unit));
    moved = source.units.filter((u) => moved.includes(u) || extra.has(u));
  }
}

/** The names, once each, in the order the file declares them. */
function inFileOrder(source: FileModel, names: string[]): string[] {
  return source.units.flatMap((u) => u.names).filter((n) => names.includes(n));
}

function runtime(needs: Needs): string[] {
  return [...needs].filter(([, rt]) => rt).map(([n]) => n);
}

function collect(source: FileModel, moved: Unit[], chosen: Unit[]): SplitDeps {
  const movedNames = new Set(moved.flatMap((u) => u.names));
  const movedStmts = new Set<ts.Statement>(moved.flatMap((u) => u.decls.map((d) => d.stmt)));
  const bindings: Needs = new Map();
  const staying: Needs = new Map();
  const usedBack: Needs = new Map();
  const kept = new Set(source.exports.map((e) => e.local));
  for (const [stmt, refs] of source.refs) {
    const moving = movedStmts.has(stmt);
    for (const [name, typeOnly] of refs) {
      if (moving && movedNames.has(name)) continue;
      if (!moving && movedNames.has(name)) need(usedBack, name, !typeOnly);
      else if (!moving) kept.add(name);
      else if (source.bindingOf.has(name)) need(bindings, name, !typeOnly);
      else need(staying, name, !typeOnly);
    }
  }
  const dropped = new Set([...bindings.keys()].filter((n) => !kept.has(n)));
  const along = moved.filter((u) => !chosen.includes(u));
  return { moved, movedNames, along, bindings, staying, usedBack, dropped };
}

function need(needs: Needs, name: string, atRuntime: boolean): void {
  needs.set(name, (needs.get(name) ?? false) || atRuntime);
}
