import { StateError } from '../../errors';
import type { PyDeclaration } from '../../lang/python/declarations';
import type { ExtractSelector } from '../../plan/types';
import type { ModuleMatcher } from '../../workspace/module-pattern';
import { describeExtract } from '../select';
import { runtimeUses, type PyModel } from './module';

/** The declarations to move, or `done` when the target already holds what the selector asks for. */
export type PySelection = { declarations: PyDeclaration[] } | 'done';

/** What a `uses` pattern is tested against: an import binding's absolute module and resolved file. */
export type BindingModule = (m: PyModel, name: string) => { module: string; resolved?: string } | undefined;

/**
 * Applies `extract` to the source. A selector the source no longer satisfies but the target does is
 * a split already made (a second run is a no-op); one satisfied by neither is refused.
 */
export function selectDeclarations(source: PyModel, target: PyModel | undefined, extract: ExtractSelector, uses: ModuleMatcher[], moduleOf: BindingModule): PySelection {
  if ('names' in extract) return selectNames(source, target, extract.names);
  const kinds = extract.kinds as string[] | undefined;
  const matches = (m: PyModel, d: PyDeclaration) =>
    (!kinds?.length || kinds.includes(d.kind)) && (!uses.length || usesModule(m, d, uses, moduleOf));
  const declarations = source.declarations.filter((d) => matches(source, d));
  if (declarations.length) return { declarations };
  if (target?.declarations.some((d) => matches(target, d))) return 'done';
  throw new StateError(`extract ${describeExtract(extract)} matches no declaration in ${source.path}`);
}

function selectNames(source: PyModel, target: PyModel | undefined, names: string[]): PySelection {
  const chosen = new Set<PyDeclaration>();
  const missing: string[] = [];
  for (const name of names) {
    const d = source.declarationOf.get(name);
    if (d) chosen.add(d);
    else if (!target?.declarationOf.has(name)) missing.push(name);
  }
  if (missing.length) {
    const imported = missing.filter((n) => source.importOf.has(n)).map((n) => `${n} is imported from '${importText(source, n)}'`);
    const why = imported.length ? ` (${imported.join('; ')})` : '';
    throw new StateError(`no declaration named ${missing.join(', ')} in ${source.path}${why}`);
  }
  if (!chosen.size) return 'done';
  return { declarations: source.declarations.filter((d) => chosen.has(d)) };
}

function importText(m: PyModel, name: string): string {
  const imp = m.importOf.get(name)!;
  return '.'.repeat(imp.level) + imp.module;
}

/**
 * True when one of the names the declaration reads at run time is bound by a run-time import of a
 * matching module: names imported under `if TYPE_CHECKING:` or read only in annotations do not count.
 */
function usesModule(m: PyModel, d: PyDeclaration, uses: ModuleMatcher[], moduleOf: BindingModule): boolean {
  const annotationOnly = new Set(d.annotationOnlyUses);
  for (const name of runtimeUses(m, d)) {
    const imp = m.importOf.get(name);
    if (!imp || imp.typeOnly || annotationOnly.has(name)) continue;
    const bound = moduleOf(m, name);
    if (bound && uses.some((match) => match(bound.module, bound.resolved))) return true;
  }
  return false;
}
