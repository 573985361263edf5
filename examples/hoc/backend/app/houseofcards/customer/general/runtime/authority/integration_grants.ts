// Layer: L4 — Governed Runtime
// AUDIENCE: CUSTOMER
// Role: Authority: grants or denies a tenant's use of a connector kind

import { ConnectorKind } from 'app/houseofcards/customer/integrations/schemas/connector_config';

export interface IntegrationGrant {
  tenantId: string;
  kind: ConnectorKind;
  expiresAt: Date | null;
}

/** True when the tenant holds a grant for the kind that has not expired. */
export function isIntegrationGranted(
  tenantId: string,
  kind: ConnectorKind,
  grants: readonly IntegrationGrant[],
  now: Date = new Date(),
): boolean {
  return grants.some(
    (grant) =>
      grant.tenantId === tenantId &&
      grant.kind === kind &&
      (grant.expiresAt === null || grant.expiresAt.getTime() > now.getTime()),
  );
}
