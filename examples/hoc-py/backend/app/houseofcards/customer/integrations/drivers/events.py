# Layer: L4 — Domain Engine
# AUDIENCE: CUSTOMER
# Role: Event and stage vocabulary of the M25 integration loop
# Reference: M25 feedback loop (incident → pattern → recovery → policy → routing)

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal, TypeAlias

# Stages an incident passes through on its way to a routing adjustment, in loop order.
LoopStage: TypeAlias = Literal[
    "incident_detected",
    "pattern_matched",
    "recovery_suggested",
    "policy_proposed",
    "routing_adjusted",
]

LoopEventType: TypeAlias = Literal[
    "incident_created",
    "pattern_matched",
    "recovery_proposed",
    "policy_activated",
    "routing_adjusted",
]

LoopStatus: TypeAlias = Literal["pending", "completed", "blocked", "failed"]


@dataclass
class LoopEvent:
    """One event on the loop; a bridge consumes an event and may emit the next one."""

    id: str
    tenant_id: str
    type: LoopEventType
    stage: LoopStage
    incident_id: str
    payload: dict[str, str | float | bool]
    confidence: float
    occurred_at: datetime
