"""
Layer: L4 — Domain Engine
AUDIENCE: CUSTOMER
Role: Learning proof: turns a policy's valid preventions into a graduation level
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from .prevention_contract import PreventionRecord, is_valid_prevention


class GraduationLevel(str, Enum):
    SHADOW = "shadow"
    CANARY = "canary"
    ENFORCED = "enforced"


@dataclass(frozen=True)
class GraduationStatus:
    policy_id: str
    level: GraduationLevel
    valid_preventions: int
    distinct_tenants: int
    last_prevention_at: datetime | None


@dataclass(frozen=True)
class _GraduationGate:
    level: GraduationLevel
    preventions: int
    tenants: int


# Evidence each level needs, strictest first; a policy with less stays in shadow mode.
_GRADUATION_GATES: tuple[_GraduationGate, ...] = (
    _GraduationGate(GraduationLevel.ENFORCED, preventions=10, tenants=3),
    _GraduationGate(GraduationLevel.CANARY, preventions=3, tenants=1),
)


class PreventionTimeline:
    """The preventions of one policy, oldest first."""

    def __init__(self, policy_id: str, records: list[PreventionRecord]) -> None:
        self.policy_id = policy_id
        own = [record for record in records if record.policy_id == policy_id]
        self._records = sorted(own, key=lambda record: record.prevented_at)

    def valid(self) -> list[PreventionRecord]:
        return [record for record in self._records if is_valid_prevention(record)]


def compute_graduation_status(timeline: PreventionTimeline) -> GraduationStatus:
    """The highest level whose gate the timeline's valid preventions pass."""
    valid = timeline.valid()
    distinct_tenants = len({record.tenant_id for record in valid})
    gate = next(
        (g for g in _GRADUATION_GATES if len(valid) >= g.preventions and distinct_tenants >= g.tenants),
        None,
    )
    return GraduationStatus(
        policy_id=timeline.policy_id,
        level=gate.level if gate else GraduationLevel.SHADOW,
        valid_preventions=len(valid),
        distinct_tenants=distinct_tenants,
        last_prevention_at=valid[-1].prevented_at if valid else None,
    )
