// Layer: L5 — Domain Engine

import type { Stage } from './stage';

/** One step of an audit. */
export interface Step {
  stage: Stage;
}

/** An audit and its steps. */
export interface Audit {
  stage: Stage;
  steps: Step[];
}

export function auditOf(stage: Stage): Audit {
  return { stage, steps: [] };
}
