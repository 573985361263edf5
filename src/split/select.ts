import type { ts } from 'ts-morph';
import { StateError } from '../errors';
import type { ExtractSelector } from '../plan/types';
import type { ModuleMatcher } from '../workspace/module-pattern';
import type { Unit } from './declarations';
import type { FileModel } from './model';

/** The units to move, or `done` when the target already holds what the selector asks for. */
export type Selection = { units: Unit[] } | 'done';

/** `[A, B]`, or `kinds: interface, type; uses: typeorm`: the selector as a plan author wrote it. */
export function describeExtract(extract: ExtractSelector): string {
  if ('names' in extract) return `[${extract.names.join(', ')}]`;
  const parts = [];
  if (extract.kinds?.length) parts.push(`kinds: ${extract.kinds.join(', ')}`);
  if (extract.uses?.length) parts.push(`uses: ${extract.uses.join(', ')}`);
  return parts.join('; ');
}

/**
 * Applies the `extract` selector to the source. A selector the source no longer satisfies but the
 * target does is a split already made (a second run is a no-op); one satisfied by neither is refused.
 */
export function selectUnits(source: FileModel, target: FileModel | undefined, extract: ExtractSelector, uses: ModuleMatcher[]): Selection {
  if ('names' in extract) return selectNames(source, target, extract.names);
  const matches = (m: FileModel, u: Unit) =>
    (!extract.kinds?.length || u.decls.some((d) => (extract.kinds as string[]).includes(d.kind))) &&
    (!extract.uses?.length || u.decls.some((d) => usesModule(m, d.stmt, uses)));
  const units = source.units.filter((u) => matches(source, u));
  if (units.length) return { units };
  if (target?.units.some((u) => matches(target, u))) return 'done';
  throw new StateError(`extract ${describeExtract(extract)} matches no declaration in ${source.path}`);
}

function selectNames(source: FileModel, target: FileModel | undefined, names: string[]): Selection {
  const units: Unit[] = [];
  const missing: string[] = [];
  for (const name of names) {
    const unit = source.unitOf.get(name);
    if (unit && !units.includes(unit)) units.push(unit);
    else if (!unit && !target?.unitOf.has(name)) missing.push(name);
  }
  if (missing.length) {
    const imported = missing.filter((n) => source.bindingOf.has(n)).map((n) => `${n} is imported from '${source.bindingOf.get(n)?.specifier}'`);
    const why = imported.length ? ` (${imported.join('; ')})` : '';
    throw new StateError(`no declaration named ${missing.join(', ')} in ${source.path}${why}`);
  }
  if (!units.length) return 'done';
  return { units: source.units.filter((u) => units.includes(u)) };
}

/** True when a statement refers to a binding imported from a module matching one of the patterns. */
function usesModule(m: FileModel, stmt: ts.Statement, uses: ModuleMatcher[]): boolean {
  for (const name of m.refs.get(stmt)?.keys() ?? []) {
    const b = m.bindingOf.get(name);
    if (b && uses.some((match) => match(b.specifier, b.resolved))) return true;
  }
  return false;
}
