import type { ValidationResult } from '../validate/types';
import { resolution } from './group';
import { mdTable } from './seed-markdown';
import type { ShowPath } from './seed-record';

/** Seed "BLCA Verification Results": totals, the table by category, the documented debt, stale entries. */
export function verificationResults(result: ValidationResult, show: ShowPath): string[] {
  const s = result.summary;
  const out = [`**Total violations:** ${s.total} (${s.actionable} actionable in scope, ${s.debt} documented debt)`];
  const rules = Object.entries(s.byRule).sort(([a], [b]) => (a < b ? -1 : 1));
  if (rules.length) {
    out.push('', mdTable(['Category', 'Count', 'In Scope', 'Debt', 'Resolution'], rules.map(([rule, r]) => [rule, String(r.count), String(r.inScope), String(r.debt), `${r.actionable ? '❌' : '✅'} ${resolution(r)}`])));
  }
  const debt = debtList(result, show);
  if (debt.length) out.push('', '**Documented technical debt:**', '', ...debt);
  if (result.staleDebt.length) {
    out.push('', '**Stale debt entries** (they match no violation: the debt was paid, or the entry is wrong):', '');
    out.push(...result.staleDebt.map((d) => `- plan line ${d.line}: ${d.rule} \`${show(d.file)}\` — ${d.reason}`));
  }
  return out;
}

/** One numbered line per file, rule and reason: `1. **drivers/bridges.ts** — ORM_RUNTIME ×20: HYBRID …`. */
function debtList(result: ValidationResult, show: ShowPath): string[] {
  const groups = new Map<string, { file: string; rule: string; reason: string; n: number }>();
  for (const v of result.violations.filter((x) => x.debt)) {
    const key = `${v.file}\0${v.rule}\0${v.debtReason}`;
    const g = groups.get(key) ?? { file: v.file, rule: v.rule, reason: v.debtReason ?? '', n: 0 };
    g.n++;
    groups.set(key, g);
  }
  return [...groups.values()].map((g, i) => `${i + 1}. **${show(g.file)}** — ${g.rule}${g.n > 1 ? ` ×${g.n}` : ''}: ${g.reason}`);
}
