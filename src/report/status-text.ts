import { summarizeStep } from '../status/describe';
import type { PlanStatus, StatusWord } from '../status/types';

const COLOR: Record<StatusWord, string> = { DONE: '\x1b[32m', PARTIAL: '\x1b[33m', TODO: '\x1b[31m', DEFERRED: '\x1b[90m', UNKNOWN: '\x1b[35m' };
const RESET = '\x1b[0m';
const ORDER: StatusWord[] = ['DONE', 'PARTIAL', 'TODO', 'DEFERRED', 'UNKNOWN'];

/** `remediate status` for people: a headline, one row per phase and per step, then the checklist. */
export function renderStatusText(s: PlanStatus, opts: { color: boolean }): string {
  const word = (w: StatusWord) => (opts.color ? `${COLOR[w]}${w}${RESET}${' '.repeat(8 - w.length)}` : w.padEnd(8));
  const rows = s.phases.map((p) => ({
    label: `${p.phase.id}  ${p.phase.title}`,
    status: p as { status: StatusWord; detail: string },
    steps: p.steps.map((st) => ({ cells: [String(st.index + 1).padStart(4), ...Object.values(summarizeStep(s.plan, st.step))], status: st })),
  }));
  const cellWidths = [0, 1, 2, 3].map((i) => Math.max(0, ...rows.flatMap((r) => r.steps.map((st) => st.cells[i].length))));
  const stepLabel = (cells: string[]) => cells.map((c, i) => c.padEnd(cellWidths[i])).join('  ');
  const width = Math.max(0, ...rows.map((r) => r.label.length), ...rows.flatMap((r) => r.steps.map((st) => stepLabel(st.cells).length)));
  const line = (label: string, st: { status: StatusWord; detail: string }) => `${label.padEnd(width)}  ${word(st.status)}  ${st.detail}`.trimEnd();
  const lines = [headline(s), ''];
  for (const r of rows) {
    lines.push(line(r.label, r.status));
    for (const st of r.steps) lines.push(line(stepLabel(st.cells), st.status));
  }
  if (s.checklist.length) {
    lines.push('', 'Checklist');
    for (const c of s.checklist) lines.push(`  [${c.ok ? 'x' : ' '}] ${c.item}${c.ok ? '' : ` — ${c.detail}`}`);
  }
  return lines.join('\n') + '\n';
}

function headline(s: PlanStatus): string {
  const counts = ORDER.map((w) => [w, s.phases.filter((p) => p.status === w).length] as const).filter(([, n]) => n > 0);
  const phases = counts.map(([w, n]) => `${n} ${w}`).join(', ') || 'none';
  const held = s.checklist.filter((c) => c.ok).length;
  const checklist = s.checklist.length ? `; checklist ${held} of ${s.checklist.length}` : '';
  const v = s.validation.summary;
  return `${s.plan.name}: phases ${phases}${checklist}; ${v.actionable} actionable violations, ${v.debt} documented debt`;
}
