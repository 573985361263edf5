import type { Step, StepKind } from '../plan/types';
import { barrelStatus } from './kinds/barrel';
import { headerStatus } from './kinds/header';
import { moveStatus } from './kinds/move';
import { rewriteImportsStatus } from './kinds/rewrite-imports';
import { splitStatus } from './kinds/split';
import { verifyStatus } from './kinds/verify';
import type { Status, StatusContext, StepStatusFn } from './types';

/** Every step kind's status function; like the operations, an index from kind to module. */
export const statusFunctions: { [K in StepKind]: StepStatusFn<Extract<Step, { kind: K }>> } = {
  header: headerStatus,
  move: moveStatus,
  split: splitStatus,
  'rewrite-imports': rewriteImportsStatus,
  barrel: barrelStatus,
  verify: verifyStatus,
};

/** A step's status on the tree; a deferred step is DEFERRED with its reason, whatever the tree says. */
export function stepStatus(ctx: StatusContext, step: Step): Status {
  if (step.deferred !== undefined) return { status: 'DEFERRED', detail: step.deferred };
  return (statusFunctions[step.kind] as StepStatusFn)(ctx, step);
}
