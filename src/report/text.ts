import type { Violation } from '../validate/types';
import { verifyExitCode } from './exit-code';
import { byFile, splitDebt } from './group';
import type { Reporter } from './types';

/**
 * The seed's BLCA table: per category count, in scope, debt and actionable; then the open violations
 * by file, the documented debt apart with its reasons, and debt entries that matched nothing.
 */
export const textReporter: Reporter = (input) => {
  const { result, plan } = input;
  const s = result.summary;
  const lines = [`${plan.name}: ${s.total} violations (${s.actionable} actionable, ${s.debt} documented debt) — scope ${result.path || '(root)'}`];
  const rows = Object.entries(s.byRule).sort(([a], [b]) => (a < b ? -1 : 1));
  if (rows.length) {
    const w = Math.max(8, ...rows.map(([r]) => r.length));
    lines.push('', `${'Category'.padEnd(w)}  Count  In scope  Debt  Actionable`);
    for (const [rule, r] of rows) {
      lines.push(`${rule.padEnd(w)}  ${pad(r.count, 5)}  ${pad(r.inScope, 8)}  ${pad(r.debt, 4)}  ${pad(r.actionable, 10)}`);
    }
  }
  const { open, debt } = splitDebt(result.violations);
  if (open.length) lines.push('', ...fileBlocks(open, (v) => (v.inScope ? '' : '  [out of scope]')));
  if (debt.length) lines.push('', 'Documented debt (not actionable):', ...fileBlocks(debt, (v) => ` — ${v.debtReason}`));
  if (result.staleDebt.length) {
    lines.push('', 'Stale debt entries (they match no violation):');
    for (const d of result.staleDebt) lines.push(`  plan line ${d.line}: ${d.rule} ${d.file} — ${d.reason}`);
  }
  return { output: lines.join('\n') + '\n', exitCode: verifyExitCode(input) };
};

function fileBlocks(violations: Violation[], suffix: (v: Violation) => string): string[] {
  return byFile(violations).flatMap(({ file, violations: vs }) => [file, ...vs.map((v) => `  ${v.line}:${v.column}  ${v.rule}  ${v.message}${suffix(v)}`)]);
}

function pad(n: number, w: number): string {
  return String(n).padStart(w);
}
