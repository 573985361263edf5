# Layer: L3 — Facades
# AUDIENCE: CUSTOMER
# Role: What the connectors API calls: list a tenant's connectors with their health, test one

from __future__ import annotations

import json
from dataclasses import dataclass

from app.services.connectors import get_connector
from ..drivers import ConnectorRegistry, ConnectorRow
from ..engines import ConnectorHealth, evaluate_connector_health
from ..schemas import ConnectorKind


@dataclass(frozen=True)
class ConnectorView:
    id: str
    kind: str
    endpoint: str
    health: ConnectorHealth


_PING_BODY = json.dumps({"ping": True})


class ConnectorsFacade:
    def __init__(self, registry: ConnectorRegistry) -> None:
        self._registry = registry

    def list(self, tenant_id: str) -> list[ConnectorView]:
        rows = self._registry.list_enabled(tenant_id, [kind.value for kind in ConnectorKind])
        return [self._view(row) for row in rows]

    def test(self, tenant_id: str, connector_id: str) -> bool:
        """Sends a ping through the connector; True when the endpoint accepted it."""
        row = self._registry.get(tenant_id, connector_id)
        if row is None:
            return False
        return get_connector(row.kind).send(row.endpoint, _PING_BODY).ok

    @staticmethod
    def _view(row: ConnectorRow) -> ConnectorView:
        return ConnectorView(row.id, row.kind, row.endpoint, evaluate_connector_health(row))
