import { verifyExitCode } from './exit-code';
import type { Reporter } from './types';

/** The seed's BLCA table: per category count, in scope and debt; then the violations by file. */
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
  let file = '';
  for (const v of result.violations) {
    if (v.file !== file) lines.push('', (file = v.file));
    const tag = v.debt ? ` [debt: ${v.debtReason}]` : v.inScope ? '' : ' [out of scope]';
    lines.push(`  ${v.line}:${v.column}  ${v.rule}  ${v.message}${tag}`);
  }
  for (const d of result.staleDebt) lines.push('', `stale debt entry (plan line ${d.line}): ${d.rule} ${d.file} matches nothing`);
  return { output: lines.join('\n') + '\n', exitCode: verifyExitCode(input) };
};

function pad(n: number, w: number): string {
  return String(n).padStart(w);
}
