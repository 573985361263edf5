# Layer: L6 — Drivers
# AUDIENCE: CUSTOMER

import math
from datetime import datetime

from ..schemas.cost_schemas import Granularity, Snapshot


LIMIT = 3


def spread(values: list[float]) -> float:
    return math.sqrt(sum(values)) / LIMIT


def snapshot_at(at: datetime) -> Snapshot:
    return Snapshot(at, "low", Granularity.DAILY)
