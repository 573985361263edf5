# Layer: L5/L6 — HYBRID
# AUDIENCE: CUSTOMER
# Role: Bridges that carry a loop event from one M25 stage to the next
# Tags: HYBRID

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING, Protocol

from sqlalchemy import select

from ..schemas.audit_schemas import PolicyActivationAudit
from .bridges_driver import _audits, record_policy_activation

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from ..schemas.loop_events import LoopEvent, LoopEventType, LoopStage


@dataclass
class BridgeResult:
    """What one bridge did with one event."""

    bridge: str
    emitted: list[LoopEvent] = field(default_factory=lambda: [])
    skipped_reason: str | None = None


class LoopBridge(Protocol):
    @property
    def name(self) -> str: ...

    def handles(self, event: LoopEvent) -> bool: ...

    def process(self, event: LoopEvent) -> BridgeResult: ...


# Below this confidence a matched pattern only gets observed, never turned into a policy.
_POLICY_CONFIDENCE_FLOOR = 0.8
# A policy activated for a tenant within this window is not activated again.
_ACTIVATION_COOLDOWN = timedelta(hours=6)


def _next_event(event: LoopEvent, type: LoopEventType, stage: LoopStage) -> LoopEvent:
    return replace(
        event,
        id=f"{event.incident_id}:{stage}",
        type=type,
        stage=stage,
        occurred_at=datetime.now(timezone.utc),
    )


def _skipped(bridge: str, reason: str) -> BridgeResult:
    return BridgeResult(bridge=bridge, emitted=[], skipped_reason=reason)


class IncidentToPatternBridge:
    """Incident → pattern: an incident carrying a known signature becomes a pattern match."""

    name = "incident_to_pattern"

    def handles(self, event: LoopEvent) -> bool:
        return event.type == "incident_created"

    def process(self, event: LoopEvent) -> BridgeResult:
        signature = event.payload.get("signature")
        if not isinstance(signature, str):
            return _skipped(self.name, "incident has no signature")
        matched = _next_event(event, "pattern_matched", "pattern_matched")
        matched.payload = {**event.payload, "pattern_id": f"pattern:{signature}"}
        return BridgeResult(bridge=self.name, emitted=[matched])


class PatternToPolicyBridge:
    """Pattern → policy: a confident match activates its prevention policy, once per cooldown."""

    name = "pattern_to_policy"

    def __init__(self, session: Session) -> None:
        self._session = session

    def handles(self, event: LoopEvent) -> bool:
        return event.type == "pattern_matched"

    def process(self, event: LoopEvent) -> BridgeResult:
        if event.confidence < _POLICY_CONFIDENCE_FLOOR:
            return _skipped(self.name, "confidence below floor")
        policy_id = f"policy:{event.payload.get('pattern_id')}"
        since = event.occurred_at - _ACTIVATION_COOLDOWN
        recent = self._session.execute(
            select(_audits).where(
                _audits.c.tenant_id == event.tenant_id,
                _audits.c.policy_id == policy_id,
                _audits.c.activated_at >= since,
            )
        ).rowcount
        if recent > 0:
            return _skipped(self.name, "policy activated within cooldown")
        record_policy_activation(
            self._session,
            PolicyActivationAudit(
                id=f"{event.tenant_id}:{policy_id}:{event.incident_id}",
                tenant_id=event.tenant_id,
                policy_id=policy_id,
                source_incident_id=event.incident_id,
                stage="policy_proposed",
                confidence=event.confidence,
                activated_at=event.occurred_at,
            ),
        )
        activated = _next_event(event, "policy_activated", "policy_proposed")
        activated.payload = {**event.payload, "policy_id": policy_id}
        return BridgeResult(bridge=self.name, emitted=[activated])


def create_default_bridges(session: Session) -> list[LoopBridge]:
    """The bridges the dispatcher runs when it is given none."""
    return [IncidentToPatternBridge(), PatternToPolicyBridge(session)]
