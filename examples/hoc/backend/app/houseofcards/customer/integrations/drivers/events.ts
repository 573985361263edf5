// Layer: L4 — Domain Engine
// AUDIENCE: CUSTOMER
// Role: Event and stage vocabulary of the M25 integration loop
// Reference: M25 feedback loop (incident → pattern → recovery → policy → routing)

/** Stages an incident passes through on its way to a routing adjustment, in loop order. */
export type LoopStage =
  | 'incident_detected'
  | 'pattern_matched'
  | 'recovery_suggested'
  | 'policy_proposed'
  | 'routing_adjusted';

export type LoopEventType =
  | 'incident_created'
  | 'pattern_matched'
  | 'recovery_proposed'
  | 'policy_activated'
  | 'routing_adjusted';

export type LoopStatus = 'pending' | 'completed' | 'blocked' | 'failed';

/** One event on the loop; a bridge consumes an event and may emit the next one. */
export interface LoopEvent {
  id: string;
  tenantId: string;
  type: LoopEventType;
  stage: LoopStage;
  incidentId: string;
  payload: Record<string, string | number | boolean>;
  confidence: number;
  occurredAt: Date;
}
