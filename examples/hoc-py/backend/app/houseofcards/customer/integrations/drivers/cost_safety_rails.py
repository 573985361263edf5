# Layer: L6 — Drivers
# AUDIENCE: CUSTOMER
# Role: Stores each tenant's spend caps and the breaches recorded against them

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from datetime import datetime, timezone

from sqlalchemy import Column, MetaData, Table, delete, insert, select
from sqlalchemy.orm import Session

_metadata = MetaData()
_rails = Table(
    "cost_safety_rails",
    _metadata,
    Column("id", primary_key=True),
    Column("daily_cap_cents"),
    Column("hard_stop"),
    Column("updated_at"),
)
_breaches = Table(
    "cost_rail_breaches",
    _metadata,
    Column("id", primary_key=True),
    Column("tenant_id"),
    Column("spent_cents"),
    Column("cap_cents"),
    Column("breached_at"),
)


@dataclass(frozen=True)
class SafetyRail:
    id: str
    daily_cap_cents: int
    hard_stop: bool
    updated_at: datetime


@dataclass(frozen=True)
class RailBreach:
    id: str
    tenant_id: str
    spent_cents: int
    cap_cents: int
    breached_at: datetime


class CostSafetyRailStore:
    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, tenant_id: str) -> SafetyRail | None:
        """The tenant's rail; rails are keyed by tenant id."""
        row = self._session.execute(select(_rails).where(_rails.c.id == tenant_id)).mappings().first()
        return None if row is None else SafetyRail(**row)

    def put(self, rail: SafetyRail) -> SafetyRail:
        stored = replace(rail, updated_at=datetime.now(timezone.utc))
        self._session.execute(delete(_rails).where(_rails.c.id == rail.id))
        self._session.execute(insert(_rails).values(**asdict(stored)))
        return stored

    def record_breach(self, tenant_id: str, spent_cents: int, cap_cents: int) -> RailBreach:
        breached_at = datetime.now(timezone.utc)
        breach = RailBreach(
            id=f"{tenant_id}:{breached_at.timestamp()}",
            tenant_id=tenant_id,
            spent_cents=spent_cents,
            cap_cents=cap_cents,
            breached_at=breached_at,
        )
        self._session.execute(insert(_breaches).values(**asdict(breach)))
        return breach

    def breaches_since(self, tenant_id: str, since: datetime) -> list[RailBreach]:
        statement = select(_breaches).where(_breaches.c.tenant_id == tenant_id, _breaches.c.breached_at >= since)
        return [RailBreach(**row) for row in self._session.execute(statement).mappings().all()]
