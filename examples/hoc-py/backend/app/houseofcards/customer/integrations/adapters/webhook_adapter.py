# Layer: L3 — Adapters
# AUDIENCE: CUSTOMER
# Role: Inbound webhook adapter: stores a provider's delivery and acknowledges it

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timezone

from app.services.connectors import get_connector
from ..drivers.external_response_service import ExternalResponse, ExternalResponseStore


@dataclass(frozen=True)
class WebhookDelivery:
    delivery_id: str
    tenant_id: str
    connector_id: str
    http_status: int
    body: str
    ack_url: str | None


class WebhookAdapter:
    def __init__(self, responses: ExternalResponseStore) -> None:
        self._responses = responses

    def receive(self, delivery: WebhookDelivery) -> None:
        """Stores the delivery (idempotently by delivery id) and acknowledges it when asked to."""
        self._responses.store(
            ExternalResponse(
                id=delivery.delivery_id,
                tenant_id=delivery.tenant_id,
                connector_id=delivery.connector_id,
                http_status=delivery.http_status,
                body=delivery.body,
                received_at=datetime.now(timezone.utc),
            )
        )
        if delivery.ack_url is not None:
            get_connector("webhook").send(delivery.ack_url, json.dumps({"ack": delivery.delivery_id}))
