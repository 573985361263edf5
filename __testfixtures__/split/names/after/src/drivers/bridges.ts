// Layer: L4 — Domain Engine
// AUDIENCE: CUSTOMER
// Role: Bridges that carry a loop event from one stage to the next

import { DataSource } from 'orm';
import { LoopStage, type LoopEvent } from '../schemas/loop_events';
import { recordPolicyActivation } from './bridges_driver';

// ---- Schemas ----

/** Below this confidence a match is only observed. */
const POLICY_CONFIDENCE_FLOOR = 0.8;

// ---- DB operations ----

// ---- Business logic ----

/** Pattern → policy: a confident match activates its policy. */
export class PatternToPolicyBridge {
  constructor(private readonly dataSource: DataSource) {}

  async process(event: LoopEvent): Promise<boolean> {
    if (event.confidence < POLICY_CONFIDENCE_FLOOR) return false;
    await recordPolicyActivation(this.dataSource, {
      id: `${event.tenantId}:${event.id}`,
      tenantId: event.tenantId,
      stage: LoopStage.PolicyProposed,
      confidence: event.confidence,
    });
    return true;
  }
}
