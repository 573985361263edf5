import type { PlanStatus } from '../status/types';

/** `remediate status --json`: the same record for scripts. */
export function renderStatusJson(s: PlanStatus) {
  return {
    plan: s.plan.name,
    planFile: s.plan.file,
    root: s.plan.root,
    phases: s.phases.map((p) => ({
      id: p.phase.id,
      title: p.phase.title,
      status: p.status,
      detail: p.detail,
      steps: p.steps.map((st) => ({ index: st.index, kind: st.kind, ...st.summary, status: st.status, detail: st.detail })),
    })),
    checklist: s.checklist,
    violations: { total: s.validation.summary.total, actionable: s.validation.summary.actionable, debt: s.validation.summary.debt },
  };
}
