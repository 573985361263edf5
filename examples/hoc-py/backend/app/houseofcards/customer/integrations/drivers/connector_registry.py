# Layer: L6 — Drivers
# AUDIENCE: CUSTOMER
# Role: Reads and updates the connectors a tenant configured

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from datetime import datetime, timezone
from typing import Iterable

from sqlalchemy import Column, MetaData, Table, delete, insert, select
from sqlalchemy.orm import Session

_metadata = MetaData()
_connectors = Table(
    "connectors",
    _metadata,
    Column("id", primary_key=True),
    Column("tenant_id"),
    Column("kind"),
    Column("endpoint"),
    Column("enabled"),
    Column("recent_calls"),
    Column("recent_failures"),
    Column("updated_at"),
)


@dataclass(frozen=True)
class ConnectorRow:
    """A configured connector and its rolling call counters, as stored in `connectors`."""

    id: str
    tenant_id: str
    kind: str
    endpoint: str
    enabled: bool
    recent_calls: int
    recent_failures: int
    updated_at: datetime


class ConnectorRegistry:
    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, tenant_id: str, connector_id: str) -> ConnectorRow | None:
        statement = select(_connectors).where(_connectors.c.id == connector_id, _connectors.c.tenant_id == tenant_id)
        row = self._session.execute(statement).mappings().first()
        return None if row is None else ConnectorRow(**row)

    def list_enabled(self, tenant_id: str, kinds: Iterable[str]) -> list[ConnectorRow]:
        statement = (
            select(_connectors)
            .where(_connectors.c.tenant_id == tenant_id, _connectors.c.enabled == True, _connectors.c.kind.in_(kinds))  # noqa: E712
            .order_by(_connectors.c.id)
        )
        return [ConnectorRow(**row) for row in self._session.execute(statement).mappings().all()]

    def record_call(self, row: ConnectorRow, failed: bool) -> ConnectorRow:
        """Counts one call (and a failure, if it failed) against the connector."""
        updated = replace(
            row,
            recent_calls=row.recent_calls + 1,
            recent_failures=row.recent_failures + (1 if failed else 0),
            updated_at=datetime.now(timezone.utc),
        )
        self._session.execute(delete(_connectors).where(_connectors.c.id == row.id))
        self._session.execute(insert(_connectors).values(**asdict(updated)))
        return updated
