// Layer: L6 — Drivers
// AUDIENCE: CUSTOMER

import { QueryFailedError } from 'orm';
import type { DataSource } from 'orm';
import type { PolicyActivationAudit } from '../schemas/audit_schemas';

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
