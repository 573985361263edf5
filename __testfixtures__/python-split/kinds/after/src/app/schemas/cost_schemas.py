# Layer: L5 — Domain Schemas
# AUDIENCE: CUSTOMER

from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from typing import TYPE_CHECKING, Literal, TypeAlias

if TYPE_CHECKING:
    from ..drivers.costs import Origin

Severity: TypeAlias = Literal["low", "high"]


class Granularity(str, Enum):
    DAILY = "daily"


class Level(Enum):
    pass


class Tier(Level):
    GOLD = 1


@dataclass
class Snapshot:
    at: datetime
    severity: Severity
    granularity: Granularity
    origin: "Origin | None" = None
