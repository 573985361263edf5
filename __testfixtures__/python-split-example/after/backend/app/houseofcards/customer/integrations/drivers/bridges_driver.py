# Layer: L6 — Drivers
# AUDIENCE: CUSTOMER
# Role: Stores policy activation audits

from __future__ import annotations

from dataclasses import asdict, replace
from typing import TYPE_CHECKING

from sqlalchemy import Column, MetaData, Table, insert, select
from sqlalchemy.exc import IntegrityError

if TYPE_CHECKING:
    from ..schemas.audit_schemas import PolicyActivationAudit

    from sqlalchemy.orm import Session

_metadata = MetaData()
_audits = Table(
    "policy_activation_audit",
    _metadata,
    Column("id", primary_key=True),
    Column("tenant_id"),
    Column("policy_id"),
    Column("source_incident_id"),
    Column("stage"),
    Column("confidence"),
    Column("activated_at"),
)


def record_policy_activation(session: Session, audit: PolicyActivationAudit) -> PolicyActivationAudit:
    """Stores a policy activation; activating the same one twice returns the stored row."""
    try:
        session.execute(insert(_audits).values(**asdict(audit)))
        return audit
    except IntegrityError as error:
        if error.code != "unique_violation":
            raise
        stored = session.execute(select(_audits).where(_audits.c.id == audit.id)).mappings().first()
        if stored is None:
            raise
        # replace() rather than the constructor: this function needs PolicyActivationAudit as a type only.
        return replace(audit, **stored)
