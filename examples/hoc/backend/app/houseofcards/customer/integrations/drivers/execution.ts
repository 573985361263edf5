// Layer: L6 — Drivers
// AUDIENCE: CUSTOMER
// Role: Sends a payload through a tenant's connector and records the attempt

import { DataSource } from 'typeorm';
import { getConnector } from 'app/services/connectors';
import { evaluateConnectorHealth } from '../engines/cus_health_service';
import { ConnectorRegistry } from './connector_registry';

/** One attempt, as stored in `connector_executions`. */
export interface ExecutionRecord {
  id: string;
  tenantId: string;
  connectorId: string;
  status: 'succeeded' | 'failed' | 'refused';
  httpStatus: number | null;
  executedAt: Date;
}

export class ConnectorExecutionDriver {
  private readonly registry: ConnectorRegistry;

  constructor(private readonly dataSource: DataSource) {
    this.registry = new ConnectorRegistry(dataSource);
  }

  /** Sends `body` unless the connector is unhealthy; every attempt is recorded. */
  async execute(tenantId: string, connectorId: string, body: string): Promise<ExecutionRecord> {
    const row = await this.registry.get(tenantId, connectorId);
    if (row === null) throw new Error(`tenant ${tenantId} has no connector ${connectorId}`);
    const attempt = { id: `${connectorId}:${Date.now()}`, tenantId, connectorId, executedAt: new Date() };
    if (!row.enabled || !evaluateConnectorHealth(row).healthy) {
      return this.store({ ...attempt, status: 'refused', httpStatus: null });
    }
    const response = await getConnector(row.kind).send(row.endpoint, body);
    await this.registry.recordCall(row, !response.ok);
    return this.store({ ...attempt, status: response.ok ? 'succeeded' : 'failed', httpStatus: response.status });
  }

  private async store(record: ExecutionRecord): Promise<ExecutionRecord> {
    return this.dataSource.getRepository<ExecutionRecord>('connector_executions').save(record);
  }
}
