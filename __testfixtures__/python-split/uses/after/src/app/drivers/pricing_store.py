# Layer: L6 — Drivers
# AUDIENCE: INTERNAL

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import insert, select

from ..engines.pricing import _TABLE

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def save_price(session: Session, cents: int) -> None:
    session.execute(insert(_TABLE).values(cents=cents))


def load_prices(session: Session) -> list[int]:
    return [row.cents for row in session.execute(select(_TABLE))]
