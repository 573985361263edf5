// Layer: L6 — Drivers
// AUDIENCE: CUSTOMER
// Role: Reads and updates the connectors a tenant configured

import { DataSource, In } from 'typeorm';

/** A configured connector and its rolling call counters, as stored in `connectors`. */
export interface ConnectorRow {
  id: string;
  tenantId: string;
  kind: string;
  endpoint: string;
  enabled: boolean;
  recentCalls: number;
  recentFailures: number;
  updatedAt: Date;
}

export class ConnectorRegistry {
  constructor(private readonly dataSource: DataSource) {}

  async get(tenantId: string, connectorId: string): Promise<ConnectorRow | null> {
    return this.connectors().findOneBy({ id: connectorId, tenantId });
  }

  async listEnabled(tenantId: string, kinds: readonly string[]): Promise<ConnectorRow[]> {
    return this.connectors().find({
      where: { tenantId, enabled: true, kind: In(kinds) },
      order: { id: 'ASC' },
    });
  }

  /** Counts one call (and a failure, if it failed) against the connector. */
  async recordCall(row: ConnectorRow, failed: boolean): Promise<ConnectorRow> {
    return this.connectors().save({
      ...row,
      recentCalls: row.recentCalls + 1,
      recentFailures: row.recentFailures + (failed ? 1 : 0),
      updatedAt: new Date(),
    });
  }

  private connectors() {
    return this.dataSource.getRepository<ConnectorRow>('connectors');
  }
}
