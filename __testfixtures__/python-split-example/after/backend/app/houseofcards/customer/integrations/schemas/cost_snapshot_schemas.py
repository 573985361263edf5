# Layer: L5 — Domain Schemas
# AUDIENCE: CUSTOMER
# Role: Cost snapshot, baseline and anomaly schemas

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from datetime import datetime
    from typing import TypeAlias


class SnapshotGranularity(str, Enum):
    HOURLY = "hourly"
    DAILY = "daily"


SnapshotStatus: TypeAlias = Literal["pending", "complete"]

AnomalySeverity: TypeAlias = Literal["none", "low", "medium", "high"]

AggregateDimension: TypeAlias = Literal["model", "feature"]


@dataclass(frozen=True)
class CostRecord:
    """One metered request: the input of a snapshot."""

    tenant_id: str
    model: str
    feature: str
    cost_cents: int
    occurred_at: datetime


@dataclass
class SnapshotAggregate:
    dimension: AggregateDimension
    key: str
    cost_cents: int = 0
    request_count: int = 0


@dataclass
class CostSnapshot:
    """Spend of one tenant over one period."""

    id: str
    tenant_id: str
    granularity: SnapshotGranularity
    period_start: datetime
    status: SnapshotStatus
    total_cost_cents: int
    aggregates: list[SnapshotAggregate] = field(default_factory=lambda: [])


@dataclass(frozen=True)
class SnapshotBaseline:
    """What a normal period costs a tenant, from its recent snapshots."""

    tenant_id: str
    granularity: SnapshotGranularity
    mean_cost_cents: float
    std_dev_cost_cents: float
    sample_size: int


@dataclass(frozen=True)
class AnomalyEvaluation:
    snapshot_id: str
    tenant_id: str
    severity: AnomalySeverity
    z_score: float
    deviation_pct: float
