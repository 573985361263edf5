# Role: Loop events of the M25 integration loop (legacy location)
# Status: LEGACY — copy kept for old importers; the houseofcards integrations schemas own these types

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
    id: str
    tenant_id: str
    type: LoopEventType
    stage: LoopStage
    incident_id: str
    payload: dict[str, str | float | bool]
    confidence: float
    occurred_at: datetime
