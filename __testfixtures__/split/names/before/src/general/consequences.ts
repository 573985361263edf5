// Layer: L4 — Governed Runtime

import { DataSource } from 'orm';
import { type PolicyActivationAudit, recordPolicyActivation } from '@app/drivers/bridges';

/** Writes the audit of a policy that reached enforcement. */
export async function onEnforced(dataSource: DataSource, audit: PolicyActivationAudit): Promise<string> {
  const stored = await recordPolicyActivation(dataSource, audit);
  return stored.id;
}
