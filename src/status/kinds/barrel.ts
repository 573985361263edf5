import type { BarrelStep } from '../../plan/types';
import { probeStep } from '../probe';
import type { StepStatusFn } from '../types';

/** DONE when the folder's index matches what the barrel operation would generate now. */
export const barrelStatus: StepStatusFn<BarrelStep> = (ctx, step) => {
  const probe = probeStep(ctx.plan, step);
  return probe.status === 'DONE' ? { status: 'DONE', detail: `${ctx.show(step.dir)}/index.ts matches what would be generated` } : probe;
};
