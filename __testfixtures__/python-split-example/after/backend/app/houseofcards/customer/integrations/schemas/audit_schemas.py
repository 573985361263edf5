# Layer: L5 — Domain Schemas
# AUDIENCE: CUSTOMER
# Role: Policy activation audit schema

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from datetime import datetime

    from .loop_events import LoopStage


@dataclass(frozen=True)
class PolicyActivationAudit:
    """Audit row written each time the loop activates a prevention policy."""

    id: str
    tenant_id: str
    policy_id: str
    source_incident_id: str
    stage: LoopStage
    confidence: float
    activated_at: datetime
