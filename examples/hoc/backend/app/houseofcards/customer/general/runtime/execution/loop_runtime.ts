// Layer: L4 — Governed Runtime
// AUDIENCE: CUSTOMER
// Role: Execution: starts the M25 integration loop for a newly created incident

import { DataSource } from 'typeorm';
import { LoopEvent } from 'app/houseofcards/customer/integrations/drivers/events';
import { DispatchOutcome, IntegrationDispatcher } from 'app/houseofcards/customer/integrations/drivers/dispatcher';

export interface IncidentSignal {
  incidentId: string;
  tenantId: string;
  signature: string;
  confidence: number;
}

/** Puts the incident on the loop; the dispatcher decides how far it travels. */
export async function triggerLoop(dataSource: DataSource, signal: IncidentSignal): Promise<DispatchOutcome> {
  const event: LoopEvent = {
    id: `${signal.incidentId}:incident_detected`,
    tenantId: signal.tenantId,
    type: 'incident_created',
    stage: 'incident_detected',
    incidentId: signal.incidentId,
    payload: { signature: signal.signature },
    confidence: signal.confidence,
    occurredAt: new Date(),
  };
  return new IntegrationDispatcher(dataSource).dispatch(event);
}
