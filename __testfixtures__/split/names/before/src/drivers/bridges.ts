// Layer: L4 — Domain Engine
// AUDIENCE: CUSTOMER
// Role: Bridges that carry a loop event from one stage to the next

import { DataSource, QueryFailedError } from 'orm';
import { LoopStage, type LoopEvent } from '../schemas/loop_events';

// ---- Schemas ----

/** Audit row written each time the loop activates a prevention policy. */
export interface PolicyActivationAudit {
  id: string;
  tenantId: string;
  stage: LoopStage; // the stage that activated it
  confidence: number;
}

/** Below this confidence a match is only observed. */
const POLICY_CONFIDENCE_FLOOR = 0.8;

// ---- DB operations ----

/**
 * Stores a policy activation; activating the same one twice returns the stored row.
 */
// Idempotent: the audit id is derived from the incident.
export async function recordPolicyActivation(dataSource: DataSource, audit: PolicyActivationAudit): Promise<PolicyActivationAudit> {
  const audits = dataSource.getRepository<PolicyActivationAudit>('policy_activation_audit');
  try {
    return await audits.insert(audit);
  } catch (error) {
    if (!(error instanceof QueryFailedError) || error.code !== 'unique_violation') throw error;
    const stored = await audits.findOneBy({ id: audit.id });
    if (stored === null) throw error;
    return stored;
  }
} // keeps the first row

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
