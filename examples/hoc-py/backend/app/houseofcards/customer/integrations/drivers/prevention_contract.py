# Layer: L4 — Domain Engine
# AUDIENCE: CUSTOMER
# Role: Contract a blocked request must satisfy before it counts as a prevention
# Reference: M25 prevention contract

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class PreventionRecord:
    """A policy blocking a request that would have recreated a known incident."""

    id: str
    tenant_id: str
    policy_id: str
    pattern_id: str
    policy_activated_at: datetime
    prevented_at: datetime
    signature_match: float
    incident_created: bool


class PreventionContractViolation(Exception):
    def __init__(self, record_id: str, clause: str) -> None:
        super().__init__(f"prevention {record_id} violates the contract: {clause}")
        self.record_id = record_id
        self.clause = clause


# Minimum signature similarity for a block to count as preventing the pattern.
MIN_SIGNATURE_MATCH = 0.6


def validate_prevention_record(record: PreventionRecord) -> None:
    """Raises PreventionContractViolation when the record cannot count as a prevention."""
    if record.prevented_at < record.policy_activated_at:
        raise PreventionContractViolation(record.id, "the policy must be active before the block")
    if record.signature_match < MIN_SIGNATURE_MATCH:
        raise PreventionContractViolation(record.id, f"signature match below {MIN_SIGNATURE_MATCH}")
    if record.incident_created:
        raise PreventionContractViolation(record.id, "a prevention creates no incident")


def is_valid_prevention(record: PreventionRecord) -> bool:
    """True when the record satisfies the contract."""
    try:
        validate_prevention_record(record)
    except PreventionContractViolation:
        return False
    return True
