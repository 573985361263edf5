# Layer: L6 — Drivers
# AUDIENCE: CUSTOMER

import math
from datetime import datetime
from typing import TYPE_CHECKING

from ..schemas.cost_schemas import Granularity, Snapshot

if TYPE_CHECKING:
    from ..schemas.cost_schemas import Tier


LIMIT = 3


class Origin:
    name = "meter"


def spread(values: list[float]) -> float:
    return math.sqrt(sum(values)) / LIMIT


def snapshot_at(at: datetime) -> Snapshot:
    return Snapshot(at, "low", Granularity.DAILY)


def tier_name(tier: "Tier") -> str:
    return tier.name
