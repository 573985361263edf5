import type { VerifyStep } from '../plan/types';
import type { Operation } from './types';

/** A verify step stages nothing: the phase's gate checks its `expect` on the staged tree. */
export const verifyOperation: Operation<VerifyStep> = {
  kind: 'verify',
  describe(step) {
    const parts = [];
    if (step.expect.actionable !== undefined) parts.push(`actionable ≤ ${step.expect.actionable}`);
    for (const [rule, n] of Object.entries(step.expect.max ?? {})) parts.push(`${rule} ≤ ${n}`);
    return `verify${parts.length ? ` (${parts.join(', ')})` : ''}`;
  },
  stage() {
    return { summary: 'checked by the verification gate', files: [], moves: [] };
  },
};
