// Layer: L6 — Drivers
// AUDIENCE: CUSTOMER
// Role: Maps an identity of an external provider (Slack user, GitHub login) to a tenant user

import { DataSource } from 'typeorm';

export interface ExternalIdentity {
  id: string;
  provider: string;
  externalId: string;
  tenantId: string;
  userId: string;
  linkedAt: Date;
}

export class IdentityResolver {
  constructor(private readonly dataSource: DataSource) {}

  async resolve(provider: string, externalId: string): Promise<ExternalIdentity | null> {
    return this.identities().findOneBy({ provider, externalId });
  }

  /** Links the external identity to a user; relinking moves it to the new user. */
  async link(provider: string, externalId: string, tenantId: string, userId: string): Promise<ExternalIdentity> {
    const id = `${provider}:${externalId}`;
    return this.identities().save({ id, provider, externalId, tenantId, userId, linkedAt: new Date() });
  }

  private identities() {
    return this.dataSource.getRepository<ExternalIdentity>('external_identities');
  }
}
