# Layer: L5 — Domain Engine
# AUDIENCE: INTERNAL

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

_TABLE = "prices"


def price_of(cents: int, rate: float) -> int:
    return round(cents * rate)


def lookup(session: Session, cents: int) -> int:
    return price_of(cents, 1.0) if session else 0
