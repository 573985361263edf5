import type { Plan } from '../plan/types';
import { isWithin, type RelPath } from '../workspace/paths';

/** A root-relative path (or glob) as a plan writes it: relative to scope, or `//x` outside it. */
export function displayPath(plan: Plan, p: RelPath): string {
  if (plan.scope === '') return p;
  if (p === plan.scope) return '.';
  return isWithin(p, plan.scope) ? p.slice(plan.scope.length + 1) : `//${p}`;
}
