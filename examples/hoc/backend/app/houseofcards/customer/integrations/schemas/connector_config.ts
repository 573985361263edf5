/**
 * Layer: L5 — Domain Schemas
 * AUDIENCE: CUSTOMER
 * Role: Connector configuration shared by engines, facades and the governed runtime
 */

export enum ConnectorKind {
  Http = 'http',
  Slack = 'slack',
  Webhook = 'webhook',
}

/** A connector as customers configure it through the API. */
export interface ConnectorConfig {
  id: string;
  tenantId: string;
  kind: ConnectorKind;
  endpoint: string;
  enabled: boolean;
}
