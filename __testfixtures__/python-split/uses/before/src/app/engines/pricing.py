# Layer: L5 — Domain Engine
# AUDIENCE: INTERNAL

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import insert, select

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

_TABLE = "prices"


def price_of(cents: int, rate: float) -> int:
    return round(cents * rate)


def save_price(session: Session, cents: int) -> None:
    session.execute(insert(_TABLE).values(cents=cents))


def load_prices(session: Session) -> list[int]:
    return [row.cents for row in session.execute(select(_TABLE))]


def lookup(session: Session, cents: int) -> int:
    return price_of(cents, 1.0) if session else 0
