// Layer: L3 — Adapters
// AUDIENCE: CUSTOMER
// Role: Inbound webhook adapter: stores a provider's delivery and acknowledges it

import { getConnector } from 'app/services/connectors';
import { ExternalResponseStore } from '../drivers/external_response_service';

export interface WebhookDelivery {
  deliveryId: string;
  tenantId: string;
  connectorId: string;
  httpStatus: number;
  body: string;
  ackUrl: string | null;
}

export class WebhookAdapter {
  constructor(private readonly responses: ExternalResponseStore) {}

  /** Stores the delivery (idempotently by delivery id) and acknowledges it when asked to. */
  async receive(delivery: WebhookDelivery): Promise<void> {
    await this.responses.store({
      id: delivery.deliveryId,
      tenantId: delivery.tenantId,
      connectorId: delivery.connectorId,
      httpStatus: delivery.httpStatus,
      body: delivery.body,
      receivedAt: new Date(),
    });
    if (delivery.ackUrl !== null) {
      await getConnector('webhook').send(delivery.ackUrl, JSON.stringify({ ack: delivery.deliveryId }));
    }
  }
}
