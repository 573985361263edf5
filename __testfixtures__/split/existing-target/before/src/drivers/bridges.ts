// Layer: L6 — Drivers

import { Stage } from '../schemas/stage';
import type { Step } from '../schemas/audit';

/** An audit and its steps. */
export interface Audit {
  stage: Stage;
  steps: Step[];
}

export function auditOf(stage: Stage): Audit {
  return { stage, steps: [] };
}

export function open(): Audit {
  return auditOf(Stage.Open);
}
