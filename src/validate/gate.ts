import type { Expectation } from '../plan/types';
import type { RelPath } from '../workspace/paths';
import type { ValidationResult, Violation } from './types';

/** The verification gate's verdict on a staged phase. */
export interface GateResult {
  ok: boolean;
  /** Violations the phase would add, and those it fixes (matched by rule and file, across moves). */
  added: Violation[];
  fixed: Violation[];
  /** Per rule: count before and after. */
  byRule: { rule: string; before: number; after: number }[];
  /** Unmet expectations, one sentence each. */
  expectFailures: string[];
  actionableBefore: number;
  actionableAfter: number;
}

/**
 * Compares the tree before and after a phase. A violation is matched by rule and file (the file seen
 * through the phase's moves), not by line or wording, which edits and moves legitimately change.
 * A new violation that the plan documents as debt is not "added": the plan accepted it.
 */
export function compareResults(before: ValidationResult, after: ValidationResult, movedTo: (p: RelPath) => RelPath, expects: Expectation[]): GateResult {
  const key = (v: Violation, file: RelPath) => `${v.rule}\0${file}`;
  const pool = new Map<string, Violation[]>();
  for (const v of before.violations) {
    const k = key(v, movedTo(v.file));
    pool.set(k, [...(pool.get(k) ?? []), v]);
  }
  const added: Violation[] = [];
  for (const v of after.violations) {
    const left = pool.get(key(v, v.file));
    if (left?.length) left.shift();
    // Documented debt is known and accepted by the plan (marking a file HYBRID documents its ORM use).
    else if (!v.debt) added.push(v);
  }
  const fixed = [...pool.values()].flat();
  const rules = [...new Set([...Object.keys(before.summary.byRule), ...Object.keys(after.summary.byRule)])].sort();
  const byRule = rules.map((rule) => ({ rule, before: before.summary.byRule[rule]?.count ?? 0, after: after.summary.byRule[rule]?.count ?? 0 }));
  const expectFailures = expects.flatMap((e) => unmetExpectations(after, e));
  return {
    ok: added.length === 0 && expectFailures.length === 0,
    added,
    fixed,
    byRule,
    expectFailures,
    actionableBefore: before.summary.actionable,
    actionableAfter: after.summary.actionable,
  };
}

/** Each way a validation result misses an expectation, as a sentence. */
export function unmetExpectations(result: ValidationResult, expect: Expectation): string[] {
  const out: string[] = [];
  if (expect.actionable !== undefined && result.summary.actionable > expect.actionable) {
    out.push(`expected at most ${expect.actionable} actionable violations, found ${result.summary.actionable}`);
  }
  for (const [rule, max] of Object.entries(expect.max ?? {})) {
    const n = result.summary.byRule[rule]?.count ?? 0;
    if (n > max) out.push(`expected at most ${max} ${rule} violations, found ${n}`);
  }
  return out;
}
