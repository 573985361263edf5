# Layer: L6 — Drivers

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Column, MetaData, Table, insert
from sqlalchemy.exc import IntegrityError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

_metadata = MetaData()
_audits = Table(
    "audit",
    _metadata,
    Column("id", primary_key=True),
)


def record(session: Session, audit_id: str) -> str:
    """Stores an audit; a duplicate is ignored."""
    try:
        session.execute(insert(_audits).values(id=audit_id))
    except IntegrityError:
        pass
    return audit_id
