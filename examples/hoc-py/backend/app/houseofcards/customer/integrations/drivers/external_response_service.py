# Layer: L6 — Drivers
# AUDIENCE: CUSTOMER
# Role: Stores responses that external providers post back to connectors

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime

from sqlalchemy import Column, MetaData, Table, insert, select
from sqlalchemy.orm import Session

_metadata = MetaData()
_responses = Table(
    "external_responses",
    _metadata,
    Column("id", primary_key=True),
    Column("tenant_id"),
    Column("connector_id"),
    Column("http_status"),
    Column("body"),
    Column("received_at"),
)


@dataclass(frozen=True)
class ExternalResponse:
    id: str
    tenant_id: str
    connector_id: str
    http_status: int
    body: str
    received_at: datetime


class ExternalResponseStore:
    def __init__(self, session: Session) -> None:
        self._session = session

    def store(self, response: ExternalResponse) -> ExternalResponse:
        """Stores a response once; a provider retrying the same delivery id is ignored."""
        existing = self._session.execute(select(_responses).where(_responses.c.id == response.id)).mappings().first()
        if existing is not None:
            return ExternalResponse(**existing)
        self._session.execute(insert(_responses).values(**asdict(response)))
        return response

    def since(self, tenant_id: str, connector_id: str, since: datetime) -> list[ExternalResponse]:
        statement = (
            select(_responses)
            .where(
                _responses.c.tenant_id == tenant_id,
                _responses.c.connector_id == connector_id,
                _responses.c.received_at >= since,
            )
            .order_by(_responses.c.received_at.desc())
        )
        return [ExternalResponse(**row) for row in self._session.execute(statement).mappings().all()]
