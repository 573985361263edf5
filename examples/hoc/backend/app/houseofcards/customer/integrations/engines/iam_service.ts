// Layer: L5 — Domain Engine
// AUDIENCE: CUSTOMER
// Role: Which connector kinds an external identity may use, by the role of its tenant user

import { IdentityResolver } from '../drivers/identity_resolver';
import { ConnectorKind } from '../schemas/connector_config';

export interface IntegrationScope {
  tenantId: string;
  userId: string;
  kinds: ConnectorKind[];
}

const KINDS_BY_ROLE: Record<string, ConnectorKind[]> = {
  admin: [ConnectorKind.Http, ConnectorKind.Slack, ConnectorKind.Webhook],
  member: [ConnectorKind.Slack],
};

export class IamService {
  constructor(private readonly identities: IdentityResolver) {}

  /** The scope of a linked identity; null when the identity is not linked to any user. */
  async scopeFor(provider: string, externalId: string, role: string): Promise<IntegrationScope | null> {
    const identity = await this.identities.resolve(provider, externalId);
    if (identity === null) return null;
    return { tenantId: identity.tenantId, userId: identity.userId, kinds: KINDS_BY_ROLE[role] ?? [] };
  }
}
