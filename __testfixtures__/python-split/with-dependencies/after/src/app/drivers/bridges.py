# Layer: L6 — Drivers

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select

from .bridges_driver import _audits, record

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

# Below this many audits a bridge still runs.
_LIMIT = 3


class Bridge:
    def __init__(self, session: Session) -> None:
        self._session = session

    def run(self, audit_id: str) -> str | None:
        if len(self._session.execute(select(_audits))) >= _LIMIT:
            return None
        return record(self._session, audit_id)
