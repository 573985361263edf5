// Layer: L5 — Domain Engine
// AUDIENCE: CUSTOMER

import type { LoopStage } from './loop_events';

/** Audit row written each time the loop activates a prevention policy. */
export interface PolicyActivationAudit {
  id: string;
  tenantId: string;
  stage: LoopStage; // the stage that activated it
  confidence: number;
}
