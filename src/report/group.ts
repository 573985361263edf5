import type { Violation } from '../validate/types';

/** Violations in runs of one file each, in the order given (the validator sorts by file, then line). */
export function byFile(violations: Violation[]): { file: string; violations: Violation[] }[] {
  const groups: { file: string; violations: Violation[] }[] = [];
  for (const v of violations) {
    const last = groups[groups.length - 1];
    if (last && last.file === v.file) last.violations.push(v);
    else groups.push({ file: v.file, violations: [v] });
  }
  return groups;
}

/** Debt is reported apart from the rest (the seed's "documented technical debt"). */
export function splitDebt(violations: Violation[]): { open: Violation[]; debt: Violation[] } {
  return { open: violations.filter((v) => !v.debt), debt: violations.filter((v) => v.debt) };
}

/** A rule's counts as a short phrase: `1 actionable, 3 documented debt, 2 out of scope`. */
export function resolution(r: { count: number; debt: number; actionable: number }): string {
  const outOfScope = r.count - r.actionable - r.debt;
  const parts = [
    r.actionable ? `${r.actionable} actionable` : '',
    r.debt ? `${r.debt} documented debt` : '',
    outOfScope ? `${outOfScope} out of scope` : '',
  ].filter(Boolean);
  return parts.join(', ');
}
