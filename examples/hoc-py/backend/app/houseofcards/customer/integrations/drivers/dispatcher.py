# Layer: L4 — Domain Engine
# AUDIENCE: CUSTOMER
# Role: Runs loop events through their bridges and records every event it handles
# Callers: general/runtime/execution/loop_runtime.py

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from typing import TYPE_CHECKING

from sqlalchemy import Column, MetaData, Table, delete, insert, select
from sqlalchemy.orm import Session

from .bridges import BridgeResult, LoopBridge, create_default_bridges

if TYPE_CHECKING:
    from .events import LoopEvent, LoopEventType, LoopStage, LoopStatus

_metadata = MetaData()
_loop_events = Table(
    "loop_events",
    _metadata,
    Column("id", primary_key=True),
    Column("tenant_id"),
    Column("incident_id"),
    Column("type"),
    Column("stage"),
    Column("status"),
    Column("recorded_at"),
)


@dataclass(frozen=True)
class LoopEventRecord:
    """A handled event as stored in `loop_events`."""

    id: str
    tenant_id: str
    incident_id: str
    type: LoopEventType
    stage: LoopStage
    status: LoopStatus
    recorded_at: datetime


@dataclass
class DispatchOutcome:
    event_id: str
    status: LoopStatus
    results: list[BridgeResult] = field(default_factory=lambda: [])


_STAGES: tuple[LoopStage, ...] = (
    "incident_detected",
    "pattern_matched",
    "recovery_suggested",
    "policy_proposed",
    "routing_adjusted",
)
# Each hop advances at least one stage, so a loop settles within one hop per stage.
_MAX_HOPS = len(_STAGES)


class IntegrationDispatcher:
    def __init__(self, session: Session, bridges: list[LoopBridge] | None = None) -> None:
        self._session = session
        self._bridges = bridges if bridges is not None else create_default_bridges(session)

    def dispatch(self, event: LoopEvent) -> DispatchOutcome:
        """Follows the event and everything its bridges emit until the loop settles."""
        results: list[BridgeResult] = []
        frontier: list[LoopEvent] = [event]
        hop = 0
        while hop < _MAX_HOPS and frontier:
            emitted: list[LoopEvent] = []
            for current in frontier:
                handlers = [bridge for bridge in self._bridges if bridge.handles(current)]
                for bridge in handlers:
                    result = bridge.process(current)
                    results.append(result)
                    emitted.extend(result.emitted)
                self._record(current, "completed" if handlers else "pending")
            frontier = emitted
            hop += 1
        self._session.commit()
        return DispatchOutcome(event_id=event.id, status="blocked" if frontier else "completed", results=results)

    def history(self, tenant_id: str, since: datetime) -> list[LoopEventRecord]:
        """A tenant's events recorded since `since`, oldest first."""
        statement = (
            select(_loop_events)
            .where(_loop_events.c.tenant_id == tenant_id, _loop_events.c.recorded_at >= since)
            .order_by(_loop_events.c.recorded_at)
        )
        return [LoopEventRecord(**row) for row in self._session.execute(statement).mappings().all()]

    def _record(self, event: LoopEvent, status: LoopStatus) -> None:
        record = LoopEventRecord(
            id=event.id,
            tenant_id=event.tenant_id,
            incident_id=event.incident_id,
            type=event.type,
            stage=event.stage,
            status=status,
            recorded_at=datetime.now(timezone.utc),
        )
        self._session.execute(delete(_loop_events).where(_loop_events.c.id == record.id))
        self._session.execute(insert(_loop_events).values(**asdict(record)))
