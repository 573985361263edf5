# Layer: L6 — Drivers
# AUDIENCE: CUSTOMER
# Role: Sends a payload through a tenant's connector and records the attempt

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from typing import Literal

from sqlalchemy import Column, MetaData, Table, insert
from sqlalchemy.orm import Session

from app.services.connectors import get_connector

from ..engines.cus_health_service import evaluate_connector_health
from .connector_registry import ConnectorRegistry

_metadata = MetaData()
_executions = Table(
    "connector_executions",
    _metadata,
    Column("id", primary_key=True),
    Column("tenant_id"),
    Column("connector_id"),
    Column("status"),
    Column("http_status"),
    Column("executed_at"),
)


@dataclass(frozen=True)
class ExecutionRecord:
    """One attempt, as stored in `connector_executions`."""

    id: str
    tenant_id: str
    connector_id: str
    status: Literal["succeeded", "failed", "refused"]
    http_status: int | None
    executed_at: datetime


class ConnectorExecutionDriver:
    def __init__(self, session: Session) -> None:
        self._session = session
        self._registry = ConnectorRegistry(session)

    def execute(self, tenant_id: str, connector_id: str, body: str) -> ExecutionRecord:
        """Sends `body` unless the connector is unhealthy; every attempt is recorded."""
        row = self._registry.get(tenant_id, connector_id)
        if row is None:
            raise LookupError(f"tenant {tenant_id} has no connector {connector_id}")
        executed_at = datetime.now(timezone.utc)
        attempt_id = f"{connector_id}:{executed_at.timestamp()}"
        if not row.enabled or not evaluate_connector_health(row).healthy:
            return self._store(ExecutionRecord(attempt_id, tenant_id, connector_id, "refused", None, executed_at))
        response = get_connector(row.kind).send(row.endpoint, body)
        self._registry.record_call(row, not response.ok)
        status = "succeeded" if response.ok else "failed"
        return self._store(ExecutionRecord(attempt_id, tenant_id, connector_id, status, response.status, executed_at))

    def _store(self, record: ExecutionRecord) -> ExecutionRecord:
        self._session.execute(insert(_executions).values(**asdict(record)))
        return record
