import type { PhaseRun } from '../engine/run-phase';
import type { Plan } from '../plan/types';
import type { TypeDiagnostic } from '../typecheck/diagnostic';
import type { Violation } from '../validate/types';

export interface RunReportOptions {
  dryRun: boolean;
  color: boolean;
  /** The rendered diff (dry runs). */
  diff: string;
  /** Writes a root-relative path as the plan does (scope-relative); paths stay as they are without it. */
  show?: (p: string) => string;
}

const MARK: Record<string, string> = { changed: '✓', unchanged: '=', deferred: '…' };

/** The human summary of `remediate run`: per phase its steps, the gate's verdict, then the diff. */
export function renderRunText(plan: Plan, runs: PhaseRun[], opts: RunReportOptions): string {
  const out: string[] = [];
  for (const run of runs) {
    out.push(`${plan.name}: ${run.phase.id} ${run.phase.title} — ${statusWord(run, opts.dryRun)}`);
    for (const s of run.steps) {
      out.push(`  ${MARK[s.status]} ${s.description}${s.status === 'deferred' ? ` — ${s.summary}` : `: ${s.summary}`}`);
      for (const note of s.notes ?? []) out.push(`    note: ${note}`);
    }
    const show = opts.show ?? ((p: string) => p);
    for (const m of run.moves) out.push(`  moved ${show(m.from)} → ${show(m.to)}`);
    out.push(`  ${gateLine(run)}`);
    for (const v of run.gate.added.slice(0, 20)) out.push(`    + ${formatViolation(v)}`);
    if (run.gate.added.length > 20) out.push(`    … and ${run.gate.added.length - 20} more`);
    for (const f of run.gate.expectFailures) out.push(`    ✗ ${f}`);
    for (const b of run.frozen) out.push(`    ✗ frozen ${b.file} (${b.tag}; allows ${b.allow.join(', ') || 'nothing'}) ${b.change}`);
    if (run.typecheck) out.push(...typecheckLines(run.typecheck, show));
    if (run.commit) out.push(`  committed ${run.commit.slice(0, 12)}`);
  }
  if (opts.diff) out.push('', opts.diff.trimEnd());
  out.push('', closingLine(runs, opts.dryRun));
  return out.join('\n') + '\n';
}

function statusWord(run: PhaseRun, dryRun: boolean): string {
  if (run.status === 'refused') return 'REFUSED by verification, nothing written';
  if (run.status === 'unchanged') return 'nothing to change';
  return dryRun ? `dry run, ${run.changes.length} files would change` : `applied, ${run.changes.length} files written`;
}

function gateLine(run: PhaseRun): string {
  const g = run.gate;
  const rules = g.byRule.filter((r) => r.before !== r.after).map((r) => `${r.rule} ${r.before}→${r.after}`);
  return `verification: ${g.fixed.length} fixed, ${g.added.length} added; actionable ${g.actionableBefore}→${g.actionableAfter}${rules.length ? ` (${rules.join(', ')})` : ''}`;
}

/** The type-check gate's verdict: counts, then each added diagnostic (the first 20). */
function typecheckLines(tc: NonNullable<PhaseRun['typecheck']>, show: (p: string) => string): string[] {
  const out = [`  type check: ${tc.added.length} added; diagnostics ${tc.before}→${tc.after}`];
  for (const d of tc.added.slice(0, 20)) out.push(`    + ${formatTypeDiagnostic(d, show)}`);
  if (tc.added.length > 20) out.push(`    … and ${tc.added.length - 20} more`);
  return out;
}

/** `file:line:col TS<code> message`; a diagnostic of no file is shown against its tsconfig. */
export function formatTypeDiagnostic(d: TypeDiagnostic, show: (p: string) => string = (p) => p): string {
  const where = d.file === '' ? d.project || 'compiler options' : `${show(d.file)}:${d.line}:${d.column}`;
  return `${where} TS${d.code} ${d.message}`;
}

/** `file:line:column RULE message` */
export function formatViolation(v: Violation): string {
  return `${v.file}:${v.line}:${v.column} ${v.rule} ${v.message}`;
}

function closingLine(runs: PhaseRun[], dryRun: boolean): string {
  const refused = runs.find((r) => r.status === 'refused');
  if (refused?.frozen.length) return `${refused.phase.id} was refused: it would change frozen code. Nothing of it was written.`;
  if (refused && refused.gate.ok && refused.typecheck?.ok === false) return `${refused.phase.id} was refused: it would add type errors. Nothing of it was written.`;
  if (refused) return `${refused.phase.id} was refused: it would add violations or miss its expectation. Nothing of it was written.`;
  const files = new Set(runs.flatMap((r) => r.changes.map((c) => c.path))).size;
  return dryRun ? `Dry run: ${files} files would change; nothing was written.` : `Done: ${files} files written.`;
}

/** The one JSON document `run --json` prints. */
export function renderRunJson(plan: Plan, runs: PhaseRun[], opts: { dryRun: boolean; exitCode: number }) {
  return {
    plan: plan.name,
    planFile: plan.file,
    root: plan.root,
    dryRun: opts.dryRun,
    exitCode: opts.exitCode,
    phases: runs.map((r) => ({
      id: r.phase.id,
      title: r.phase.title,
      status: r.status,
      steps: r.steps.map(({ index, kind, description, status, summary, files, reason, deferred, notes }) => ({ index, kind, description, status, summary, files, reason, deferred, notes })),
      moves: r.moves,
      changes: r.changes.map((c) => ({ path: c.path, from: c.from, change: c.before === null ? 'added' : c.after === null ? 'deleted' : c.from !== undefined ? 'renamed' : 'modified' })),
      verification: {
        ok: r.gate.ok,
        added: r.gate.added,
        fixed: r.gate.fixed,
        byRule: r.gate.byRule,
        expectFailures: r.gate.expectFailures,
        actionableBefore: r.gate.actionableBefore,
        actionableAfter: r.gate.actionableAfter,
        frozen: r.frozen,
      },
      ...(r.typecheck ? { typecheck: r.typecheck } : {}),
      ...(r.commit ? { commit: r.commit } : {}),
    })),
  };
}
