import type { VerifyStep } from '../../plan/types';
import { unmetExpectations } from '../../validate/gate';
import type { StepStatusFn } from '../types';

/** DONE when the step's expectation holds on the tree as it is. */
export const verifyStatus: StepStatusFn<VerifyStep> = (ctx, step) => {
  const result = ctx.validation();
  const unmet = unmetExpectations(result, step.expect);
  if (unmet.length) return { status: 'TODO', detail: unmet.join('; ') };
  const s = result.summary;
  return { status: 'DONE', detail: `${s.actionable} actionable, ${s.debt} documented debt, ${s.total} in all` };
};
