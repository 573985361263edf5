// Layer: L3 — Facades
// AUDIENCE: CUSTOMER
// Role: What the connectors API calls: list a tenant's connectors with their health, test one

import { getConnector } from 'app/services/connectors';
import { ConnectorRegistry, ConnectorRow } from '../drivers';
import { ConnectorHealth, evaluateConnectorHealth } from '../engines';
import { ConnectorKind } from '../schemas';

export interface ConnectorView {
  id: string;
  kind: string;
  endpoint: string;
  health: ConnectorHealth;
}

const PING_BODY = JSON.stringify({ ping: true });

export class ConnectorsFacade {
  constructor(private readonly registry: ConnectorRegistry) {}

  async list(tenantId: string): Promise<ConnectorView[]> {
    const rows = await this.registry.listEnabled(tenantId, Object.values(ConnectorKind));
    return rows.map((row: ConnectorRow) => ({
      id: row.id,
      kind: row.kind,
      endpoint: row.endpoint,
      health: evaluateConnectorHealth(row),
    }));
  }

  /** Sends a ping through the connector; true when the endpoint accepted it. */
  async test(tenantId: string, connectorId: string): Promise<boolean> {
    const row = await this.registry.get(tenantId, connectorId);
    if (row === null) return false;
    const response = await getConnector(row.kind).send(row.endpoint, PING_BODY);
    return response.ok;
  }
}
