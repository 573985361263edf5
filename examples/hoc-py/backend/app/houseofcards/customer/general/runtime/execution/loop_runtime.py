# Layer: L4 — Governed Runtime
# AUDIENCE: CUSTOMER
# Role: Execution: starts the M25 integration loop for a newly created incident

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy.orm import Session

from app.houseofcards.customer.integrations.drivers.events import LoopEvent
from app.houseofcards.customer.integrations.drivers.dispatcher import DispatchOutcome, IntegrationDispatcher


@dataclass(frozen=True)
class IncidentSignal:
    incident_id: str
    tenant_id: str
    signature: str
    confidence: float


def trigger_loop(session: Session, signal: IncidentSignal) -> DispatchOutcome:
    """Puts the incident on the loop; the dispatcher decides how far it travels."""
    event = LoopEvent(
        id=f"{signal.incident_id}:incident_detected",
        tenant_id=signal.tenant_id,
        type="incident_created",
        stage="incident_detected",
        incident_id=signal.incident_id,
        payload={"signature": signal.signature},
        confidence=signal.confidence,
        occurred_at=datetime.now(timezone.utc),
    )
    return IntegrationDispatcher(session).dispatch(event)
