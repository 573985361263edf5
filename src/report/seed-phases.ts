import type { PhaseStatus, PlanStatus } from '../status/types';
import { code, mdTable, statusCell } from './seed-markdown';

/** One section per phase (seed "Phase I: Header Corrections"): a table of its steps, then its status. */
export function phaseSections(s: PlanStatus): string[] {
  return s.phases.flatMap((p) => [`## ${p.name}: ${p.phase.title}`, '', stepTable(p), '', `**Status:** ${statusCell(p.status)} (${p.detail})`, '', '---', '']);
}

function stepTable(p: PhaseStatus): string {
  const rows = p.steps.map((st) => {
    const { action, subject, change } = st.summary;
    const notes = [st.step.reason, st.status === 'DONE' ? undefined : st.detail].filter(Boolean).join(' — ');
    return [String(st.index + 1), action, st.kind === 'verify' ? subject : code(subject), change, statusCell(st.status), notes];
  });
  return mdTable(['#', 'Step', 'File', 'Change', 'Status', 'Notes'], rows);
}

/** Seed "Implementation Order": the phases in the order they run. */
export function implementationOrder(s: PlanStatus): string[] {
  return s.phases.map((p, i) => `${i + 1}. **${p.name}** — ${p.phase.title}`);
}

/** Seed Phase VII's table: how each phase stands, then the final verdict on the scope. */
export function phaseVerification(s: PlanStatus): string {
  const rows = s.phases.map((p) => [`After ${p.name}`, p.phase.title, `${statusCell(p.status)}${p.status === 'DONE' ? '' : ` (${p.detail})`}`]);
  const actionable = s.validation.summary.actionable;
  rows.push(['Final', '0 actionable violations in scope', actionable === 0 ? statusCell('DONE') : `${statusCell('TODO')} (${actionable} actionable)`]);
  return mdTable(['Phase', 'Expected Result', 'Status'], rows);
}
