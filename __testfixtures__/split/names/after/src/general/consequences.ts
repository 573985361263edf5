// Layer: L4 — Governed Runtime

import { DataSource } from 'orm';
import { recordPolicyActivation } from '@app/drivers/bridges_driver';
import { type PolicyActivationAudit } from '@app/schemas/audit_schemas';

/** Writes the audit of a policy that reached enforcement. */
export async function onEnforced(dataSource: DataSource, audit: PolicyActivationAudit): Promise<string> {
  const stored = await recordPolicyActivation(dataSource, audit);
  return stored.id;
}
