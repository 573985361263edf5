# Layer: L6 — Drivers
# AUDIENCE: CUSTOMER

import math
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from typing import Literal, TypeAlias

Severity: TypeAlias = Literal["low", "high"]


class Granularity(str, Enum):
    DAILY = "daily"


class Level(Enum):
    pass


class Tier(Level):
    GOLD = 1


LIMIT = 3


class Origin:
    name = "meter"


@dataclass
class Snapshot:
    at: datetime
    severity: Severity
    granularity: Granularity
    origin: "Origin | None" = None


def spread(values: list[float]) -> float:
    return math.sqrt(sum(values)) / LIMIT


def snapshot_at(at: datetime) -> Snapshot:
    return Snapshot(at, "low", Granularity.DAILY)


def tier_name(tier: "Tier") -> str:
    return tier.name
