import type { SplitStep } from '../plan/types';
import { describeExtract } from '../split/select';
import { stageSplit } from '../split/stage';
import type { Operation } from './types';

/** Seed Phase III: extract declarations from a mixed file into another, repointing every importer. */
export const splitOperation: Operation<SplitStep> = {
  kind: 'split',
  describe(step) {
    return `split ${step.file} ${describeExtract(step.extract)} → ${step.to}`;
  },
  stage(ctx, step) {
    return stageSplit(ctx, step);
  },
};
