// Role: Loop events of the M25 integration loop (legacy location)
// Status: LEGACY — copy kept for old importers; the houseofcards integrations schemas own these types

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
