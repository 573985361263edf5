# Layer: L5 — Domain Schemas
# AUDIENCE: CUSTOMER

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from datetime import datetime

    from ..drivers.events import Stage

__all__ = ["Audit"]


# Written each time a bridge runs.
@dataclass(frozen=True)
class Audit:
    """One audit row."""

    id: str
    stage: Stage
    at: datetime
