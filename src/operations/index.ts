import type { Step, StepKind } from '../plan/types';
import { barrelOperation } from './barrel';
import { headerOperation } from './header';
import { moveOperation } from './move';
import { rewriteImportsOperation } from './rewrite-imports';
import { splitOperation } from './split';
import type { Operation } from './types';
import { verifyOperation } from './verify';

/** Every step kind's operation; a plan step is dispatched here by its kind. */
export const operations: { [K in StepKind]?: Operation<Extract<Step, { kind: K }>> } = {
  barrel: barrelOperation,
  header: headerOperation,
  move: moveOperation,
  'rewrite-imports': rewriteImportsOperation,
  split: splitOperation,
  verify: verifyOperation,
};

/** The operation for a step. */
export function operationFor<S extends Step>(step: S): Operation<S> | undefined {
  return operations[step.kind] as Operation<S> | undefined;
}
