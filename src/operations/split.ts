import type { SplitStep } from '../plan/types';
import { describeExtract } from '../split/select';
import { languageOf } from '../lang';
import type { Operation } from './types';

/** Seed Phase III: extract declarations from a mixed file into another, repointing every importer. */
export const splitOperation: Operation<SplitStep> = {
  kind: 'split',
  describe(step, show = (p: string) => p) {
    return `split ${show(step.file)} ${describeExtract(step.extract)} → ${show(step.to)}`;
  },
  stage(ctx, step) {
    if (languageOf(step.file)?.id === 'python') {
      const { stagePythonSplit } = require('../split/python/stage') as typeof import('../split/python/stage');
      return stagePythonSplit(ctx, step);
    }
    // ts-morph (with the TypeScript it bundles) loads only when a split runs, so every other command
    // starts about 0.4 s sooner.
    const { stageSplit } = require('../split/stage') as typeof import('../split/stage');
    return stageSplit(ctx, step);
  },
};
