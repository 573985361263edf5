// Layer: L4 — Governed Runtime
// AUDIENCE: CUSTOMER
// Role: Consequences: once a policy's learning proof is strong enough, enforce it

import { DataSource } from 'typeorm';
import { PreventionRecord } from '@hoc/customer/integrations/drivers/prevention_contract';
import {
  GraduationLevel,
  GraduationStatus,
  PreventionTimeline,
  computeGraduationStatus,
} from '@hoc/customer/integrations/drivers/learning_proof';
import { PolicyActivationAudit, recordPolicyActivation } from '@hoc/customer/integrations/drivers/bridges';

/** Recomputes the policy's graduation; reaching Enforced writes the policy's activation audit. */
export async function onPreventionsObserved(
  dataSource: DataSource,
  tenantId: string,
  policyId: string,
  records: PreventionRecord[],
): Promise<GraduationStatus> {
  const status = computeGraduationStatus(new PreventionTimeline(policyId, records));
  if (status.level === GraduationLevel.Enforced && status.lastPreventionAt !== null) {
    const audit: PolicyActivationAudit = {
      id: `${tenantId}:${policyId}:enforced`,
      tenantId,
      policyId,
      sourceIncidentId: records[0]?.patternId ?? policyId,
      stage: 'routing_adjusted',
      confidence: 1,
      activatedAt: status.lastPreventionAt,
    };
    await recordPolicyActivation(dataSource, audit);
  }
  return status;
}
