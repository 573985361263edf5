// Layer: L5 — Domain Engine
// AUDIENCE: CUSTOMER
// Role: Health of a customer's connectors: failure rate and whether the integration is still granted

import type { Repository } from 'typeorm';
import { IntegrationGrant, isIntegrationGranted } from '@hoc/customer/general/runtime/authority/integration_grants';
import { ConnectorConfig } from '../schemas/connector_config';

export interface ConnectorCallStats {
  recentCalls: number;
  recentFailures: number;
}

export interface ConnectorHealth {
  healthy: boolean;
  failureRate: number;
  reason?: string;
}

const MAX_FAILURE_RATE = 0.25;
/** Below this many calls the failure rate says nothing yet. */
const MIN_CALLS_FOR_RATE = 20;

/** Health from recent call counters; a connector with too few calls counts as healthy. */
export function evaluateConnectorHealth(stats: ConnectorCallStats): ConnectorHealth {
  if (stats.recentCalls < MIN_CALLS_FOR_RATE) return { healthy: true, failureRate: 0 };
  const failureRate = stats.recentFailures / stats.recentCalls;
  return failureRate > MAX_FAILURE_RATE
    ? { healthy: false, failureRate, reason: `failure rate ${(failureRate * 100).toFixed(0)}%` }
    : { healthy: true, failureRate };
}

export class CustomerHealthService {
  constructor(private readonly stats: Repository<ConnectorCallStats & { id: string }>) {}

  /** Health of one configured connector, refusing connectors whose integration lost its grant. */
  async report(config: ConnectorConfig, grants: IntegrationGrant[]): Promise<ConnectorHealth> {
    if (!isIntegrationGranted(config.tenantId, config.kind, grants)) {
      return { healthy: false, failureRate: 0, reason: 'integration not granted' };
    }
    const stats = await this.stats.findOneBy({ id: config.id });
    return evaluateConnectorHealth(stats ?? { recentCalls: 0, recentFailures: 0 });
  }
}
