import type { Plan, Step } from '../plan/types';
import type { Workspace } from '../workspace/workspace';
import { displayPath } from './display';
import { locator } from './locate';
import { stepStatus } from './registry';
import type { Status } from './types';

/**
 * Whether a step that cannot simply be staged again is already done, so a re-run skips it instead
 * of refusing: a header or move whose file a later move took away, or a split whose target exists.
 * Other kinds stage idempotently and are never asked.
 */
export function alreadyDone(plan: Plan, ws: Workspace, phaseIndex: number, stepIndex: number, step: Step): Status | undefined {
  const settled =
    ((step.kind === 'header' && !ws.overlay.exists(step.file)) ||
      (step.kind === 'move' && step.from !== '' && !ws.overlay.holds(step.from)) ||
      (step.kind === 'split' && ws.overlay.exists(step.to)));
  if (!settled) return undefined;
  const locate = locator(plan, ws.overlay)(phaseIndex, stepIndex);
  const status = stepStatus({ plan, ws, locate, validation: () => { throw new Error('not needed'); }, show: (p) => displayPath(plan, p) }, step);
  return status.status === 'DONE' ? status : undefined;
}
