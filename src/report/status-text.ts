import type { PlanStatus, StatusWord } from '../status/types';

const COLOR: Record<StatusWord, string> = { DONE: '\x1b[32m', PARTIAL: '\x1b[33m', TODO: '\x1b[31m', DEFERRED: '\x1b[90m', UNKNOWN: '\x1b[35m' };
const RESET = '\x1b[0m';
const ORDER: StatusWord[] = ['DONE', 'PARTIAL', 'TODO', 'DEFERRED', 'UNKNOWN'];

const LABEL = 72;

/** `remediate status` for people: a headline, one row per phase and per step, then the checklist. */
export function renderStatusText(s: PlanStatus, opts: { color: boolean }): string {
  const word = (w: StatusWord) => (opts.color ? `${COLOR[w]}${w}${RESET}${' '.repeat(8 - w.length)}` : w.padEnd(8));
  const labels = s.phases.map((p) => ({
    phase: `${p.phase.id}  ${p.phase.title}`,
    steps: p.steps.map((st) => {
      const { action, subject, change } = st.summary;
      return `  ${String(st.index + 1).padStart(2)}  ${action} ${subject} ${change.startsWith('→') ? change : `(${change})`}`;
    }),
  }));
  const width = Math.min(LABEL, Math.max(0, ...labels.flatMap((l) => [l.phase, ...l.steps]).map((l) => l.length)));
  const row = (label: string, st: { status: StatusWord; detail: string }) => `${fit(label, width)}  ${word(st.status)}  ${st.detail}`.trimEnd();
  const lines = [headline(s), ''];
  s.phases.forEach((p, i) => {
    lines.push(row(labels[i].phase, p));
    p.steps.forEach((st, j) => lines.push(row(labels[i].steps[j], st)));
  });
  if (s.checklist.length) {
    lines.push('', 'Checklist');
    for (const c of s.checklist) lines.push(`  [${c.ok ? 'x' : ' '}] ${c.item}${c.ok ? '' : ` — ${c.detail}`}`);
  }
  return lines.join('\n') + '\n';
}

/** Pads, or cuts with an ellipsis, to exactly `width` characters. */
function fit(text: string, width: number): string {
  return text.length <= width ? text.padEnd(width) : `${text.slice(0, width - 1)}…`;
}

function headline(s: PlanStatus): string {
  const counts = ORDER.map((w) => [w, s.phases.filter((p) => p.status === w).length] as const).filter(([, n]) => n > 0);
  const phases = counts.map(([w, n]) => `${n} ${w}`).join(', ') || 'none';
  const held = s.checklist.filter((c) => c.ok).length;
  const checklist = s.checklist.length ? `; checklist ${held} of ${s.checklist.length}` : '';
  const v = s.validation.summary;
  return `${s.plan.name}: phases ${phases}${checklist}; ${v.actionable} actionable violations, ${v.debt} documented debt`;
}
