# Layer: L4 — Governed Runtime
# AUDIENCE: CUSTOMER
# Role: Consequences: once a policy's learning proof is strong enough, enforce it

from __future__ import annotations

from sqlalchemy.orm import Session

from app.houseofcards.customer.integrations.engines.prevention_contract import PreventionRecord
from app.houseofcards.customer.integrations.engines.learning_proof_engine import (
    GraduationLevel,
    GraduationStatus,
    PreventionTimeline,
    compute_graduation_status,
)
from app.houseofcards.customer.integrations.drivers.bridges_driver import record_policy_activation
from app.houseofcards.customer.integrations.schemas.audit_schemas import PolicyActivationAudit


def on_preventions_observed(
    session: Session,
    tenant_id: str,
    policy_id: str,
    records: list[PreventionRecord],
) -> GraduationStatus:
    """Recomputes the policy's graduation; reaching Enforced writes the policy's activation audit."""
    status = compute_graduation_status(PreventionTimeline(policy_id, records))
    if status.level is GraduationLevel.ENFORCED and status.last_prevention_at is not None:
        audit = PolicyActivationAudit(
            id=f"{tenant_id}:{policy_id}:enforced",
            tenant_id=tenant_id,
            policy_id=policy_id,
            source_incident_id=records[0].pattern_id if records else policy_id,
            stage="routing_adjusted",
            confidence=1.0,
            activated_at=status.last_prevention_at,
        )
        record_policy_activation(session, audit)
        session.commit()
    return status
