import type { Violation } from '../validate/types';
import { verifyExitCode } from './exit-code';
import { byFile, resolution, splitDebt } from './group';
import type { Reporter } from './types';

/** The seed's plan-document style: a Category | Count | In Scope | Debt | Resolution table, then files. */
export const markdownReporter: Reporter = (input) => {
  const { result, plan } = input;
  const s = result.summary;
  const out = [
    `## ${md(plan.name)}: verification`,
    '',
    `**Total violations:** ${s.total} (${s.actionable} actionable, ${s.debt} documented debt) in scope \`${result.path || '.'}\``,
  ];
  const rows = Object.entries(s.byRule).sort(([a], [b]) => (a < b ? -1 : 1));
  if (rows.length) {
    out.push('', '| Category | Count | In Scope | Debt | Resolution |', '|---|---:|---:|---:|---|');
    for (const [rule, r] of rows) out.push(`| ${rule} | ${r.count} | ${r.inScope} | ${r.debt} | ${r.actionable ? '❌' : '✅'} ${resolution(r)} |`);
  }
  const { open, debt } = splitDebt(result.violations);
  if (open.length) out.push('', '### Violations by file', ...fileBlocks(open, (v) => (v.inScope ? '' : ' _(out of scope)_')));
  if (debt.length) out.push('', '### Documented debt', ...fileBlocks(debt, (v) => ` — ${md(v.debtReason ?? '')}`));
  if (result.staleDebt.length) {
    out.push('', '### Stale debt entries', '');
    for (const d of result.staleDebt) out.push(`- plan line ${d.line}: ${d.rule} \`${d.file}\` matches no violation — ${md(d.reason)}`);
  }
  return { output: out.join('\n') + '\n', exitCode: verifyExitCode(input) };
};

function fileBlocks(violations: Violation[], suffix: (v: Violation) => string): string[] {
  return byFile(violations).flatMap(({ file, violations: vs }) => ['', `**\`${file}\`**`, '', ...vs.map((v) => `- ${v.line}:${v.column} ${v.rule}: ${md(v.message)}${suffix(v)}`)]);
}

/** Escapes what Markdown would read as markup: the stars and underscores of globs above all. */
function md(text: string): string {
  return text.replace(/[\\`*_[\]<>|#]/g, '\\$&');
}
