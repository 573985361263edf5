import type { Plan } from '../plan/types';
import type { ValidationResult } from '../validate/types';
import { validate } from '../validate/validate';
import { filesIn } from '../codemod/barrel-language';
import { Workspace } from '../workspace/workspace';
import { evaluateChecklistItem } from './checklist';
import { combineStatus } from './combine';
import { summarizeStep } from './describe';
import { displayPath } from './display';
import { locator } from './locate';
import { phaseName } from './phase-name';
import { stepStatus } from './registry';
import type { PlanStatus, StatusContext } from './types';

/**
 * The plan's status computed from the code base, never from stored flags: each step's status from the
 * tree as it is, each phase's from its steps, each checklist item from the validator. Read-only.
 */
export function computeStatus(plan: Plan, ws: Workspace = Workspace.open(plan.root, plan)): PlanStatus {
  let result: ValidationResult | undefined;
  const validation = () => (result ??= validate(ws, plan));
  const locate = locator(plan, ws.overlay);
  const show = (p: string) => displayPath(plan, p);
  const phases = plan.phases.map((phase, i) => {
    const steps = phase.steps.map((step, j) => {
      const ctx: StatusContext = { plan, ws, locate: locate(i, j), validation, show };
      return { index: j, kind: step.kind, step, summary: summarizeStep(plan, step, (dir) => filesIn(ws.overlay.files(), dir)), ...stepStatus(ctx, step) };
    });
    return { phase, name: phaseName(phase.id), steps, ...combineStatus(steps) };
  });
  const checklist = plan.checklist.map((item) => evaluateChecklistItem(plan, validation(), item));
  return { plan, phases, checklist, validation: validation() };
}
