import { RemediateError } from '../errors';
import { operationFor } from '../operations';
import type { Plan, Step } from '../plan/types';
import { Workspace } from '../workspace/workspace';
import { displayPath } from './display';
import type { Status } from './types';

/**
 * Stages the step on a throw-away workspace opened on the same tree (nothing is written): when it
 * stages no change, the tree already is what the step makes it, so the step is DONE. Used for the
 * kinds whose "done" is best defined by the operation itself (a barrel "matches what would be
 * generated"). A step that cannot be staged here is TODO, with the operation's own reason.
 */
export function probeStep(plan: Plan, step: Step): Status {
  const op = operationFor(step);
  if (!op) return { status: 'UNKNOWN', detail: `step kind "${step.kind}" is not available in this version of remediate` };
  try {
    const out = op.stage({ ws: Workspace.open(plan.root, plan), plan }, step);
    return out.files.length === 0
      ? { status: 'DONE', detail: `nothing left to change (${out.summary})` }
      : { status: 'TODO', detail: `would change ${out.files.map((f) => displayPath(plan, f)).join(', ')}` };
  } catch (err) {
    if (err instanceof RemediateError) return { status: 'TODO', detail: err.message };
    throw err;
  }
}
