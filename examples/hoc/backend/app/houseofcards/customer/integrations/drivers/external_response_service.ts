// Layer: L6 — Drivers
// AUDIENCE: CUSTOMER
// Role: Stores responses that external providers post back to connectors

import { DataSource, MoreThanOrEqual } from 'typeorm';

export interface ExternalResponse {
  id: string;
  tenantId: string;
  connectorId: string;
  httpStatus: number;
  body: string;
  receivedAt: Date;
}

export class ExternalResponseStore {
  constructor(private readonly dataSource: DataSource) {}

  /** Stores a response once; a provider retrying the same delivery id is ignored. */
  async store(response: ExternalResponse): Promise<ExternalResponse> {
    const existing = await this.responses().findOneBy({ id: response.id });
    return existing ?? this.responses().insert(response);
  }

  async since(tenantId: string, connectorId: string, since: Date): Promise<ExternalResponse[]> {
    return this.responses().find({
      where: { tenantId, connectorId, receivedAt: MoreThanOrEqual(since) },
      order: { receivedAt: 'DESC' },
    });
  }

  private responses() {
    return this.dataSource.getRepository<ExternalResponse>('external_responses');
  }
}
