import { StateError } from '../../errors';
import type { PyDeclaration } from '../../lang/python/declarations';
import type { RelPath } from '../../workspace/paths';
import { runtimeUses, type PyModel } from './module';

/** Name → true when it is needed at run time, false when only annotations read it. */
export type PyNeeds = Map<string, boolean>;

/** Who needs what once the chosen declarations move: the basis of every import the split writes or drops. */
export interface PySplitDeps {
  /** Declarations that move, in file order (with any moved along to break a cycle). */
  moved: PyDeclaration[];
  movedNames: Set<string>;
  /** Declarations moved along because the moved code needs them at run time (`with-dependencies`). */
  along: PyDeclaration[];
  /** Source import bindings the moved code reads (`*`: its star imports, when it reads a name bound nowhere in the module). */
  bindings: PyNeeds;
  /** Staying declarations the moved code reads: the target imports them from the source. */
  staying: PyNeeds;
  /** Moved names the staying code still reads: the source imports them back. */
  usedBack: PyNeeds;
  /** Source import bindings only the moved code read: the source drops them. */
  dropped: Set<string>;
}

/** What a split step asks of the dependencies: where to, and whether to move along or re-export. */
export interface PyDepOptions {
  to: RelPath;
  withDependencies: boolean;
  reexport: boolean;
}

/** Names a module keeps importing whoever reads them: they guard blocks or are the module's future. */
const ALWAYS_KEPT = new Set(['TYPE_CHECKING', 'annotations']);

/**
 * Works out the split's dependencies, refusing a run-time import cycle between the two modules
 * (annotations do not count) or, with `withDependencies`, moving along what the moved code needs at
 * run time until there is none.
 */
export function pySplitDependencies(source: PyModel, chosen: PyDeclaration[], opts: PyDepOptions): PySplitDeps {
  let moved = chosen;
  for (;;) {
    const deps = collect(source, moved, chosen);
    const out = runtime(deps.staying);
    const reexported = opts.reexport ? moved.flatMap((d) => d.names) : [];
    const back = [...new Set([...runtime(deps.usedBack), ...reexported])];
    if (!out.length || !back.length) return deps;
    if (!opts.withDependencies) {
      throw new StateError(
        `split would make a run-time import cycle: ${opts.to} would need ${out.join(', ')} from ${source.path} at run time, ` +
          `and ${source.path} needs ${back.join(', ')} from ${opts.to}; set with-dependencies: true to move ${out.join(', ')} along`,
      );
    }
    const extra = new Set(out.map((n) => source.declarationOf.get(n)!));
    moved = source.declarations.filter((d) => moved.includes(d) || extra.has(d));
  }
}

function runtime(needs: PyNeeds): string[] {
  return [...needs].filter(([, rt]) => rt).map(([n]) => n);
}

function collect(source: PyModel, moved: PyDeclaration[], chosen: PyDeclaration[]): PySplitDeps {
  const movedNames = new Set(moved.flatMap((d) => d.names));
  const bindings: PyNeeds = new Map();
  const staying: PyNeeds = new Map();
  const usedBack: PyNeeds = new Map();
  const kept = new Set<string>([...ALWAYS_KEPT, ...(source.facts.all ?? [])]);
  const starImports = source.facts.imports.some((i) => i.names[0]?.name === '*');
  for (const d of moved) {
    const atRuntime = new Set(runtimeUses(source, d));
    for (const name of d.uses) {
      if (movedNames.has(name)) continue;
      if (source.declarationOf.has(name)) need(staying, name, atRuntime.has(name));
      else if (source.importOf.has(name)) need(bindings, name, atRuntime.has(name));
      else if (source.otherBinds.has(name)) refuseUnmovable(source, d, name);
      // A name bound nowhere in the module is a builtin, or comes from one of its star imports: they come along.
      else if (starImports) need(bindings, '*', true);
    }
  }
  const stayingCode = [
    ...source.declarations.filter((d) => !moved.includes(d)).map((d) => ({ uses: d.uses, atRuntime: new Set(runtimeUses(source, d)) })),
    ...source.facts.declarations.filter((d) => d.names.includes('__all__')).map((d) => ({ uses: d.uses, atRuntime: new Set(d.uses) })),
    ...source.facts.other.map((o) => ({ uses: o.uses, atRuntime: new Set(o.uses) })),
  ];
  for (const { uses, atRuntime } of stayingCode) {
    for (const name of uses) {
      if (movedNames.has(name)) need(usedBack, name, atRuntime.has(name));
      else kept.add(name);
    }
  }
  const dropped = new Set([...bindings.keys()].filter((n) => !kept.has(n)));
  const along = moved.filter((d) => !chosen.includes(d));
  return { moved, movedNames, along, bindings, staying, usedBack, dropped };
}

/** A name bound by a `try:`/`if …:` block or the like can be neither moved nor imported from the source without a cycle risk the split cannot see. */
function refuseUnmovable(source: PyModel, d: PyDeclaration, name: string): never {
  throw new StateError(
    `${d.names[0]} (${source.path}:${d.line}) reads ${name}, which line ${source.otherBinds.get(name)} binds in a statement ` +
      'a split does not move or import; move that binding into a plain import or assignment first',
  );
}

function need(needs: PyNeeds, name: string, atRuntime: boolean): void {
  needs.set(name, (needs.get(name) ?? false) || atRuntime);
}
