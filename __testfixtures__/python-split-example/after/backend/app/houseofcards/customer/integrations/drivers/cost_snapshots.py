# Layer: L5/L6 — HYBRID
# AUDIENCE: CUSTOMER
# Role: Cost snapshots: per-period aggregation, baselines, anomaly evaluation, and their storage
# Tags: HYBRID

from __future__ import annotations

import math
from dataclasses import asdict
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Column, MetaData, Table, delete, insert, select
from sqlalchemy.orm import Session

from ..schemas.cost_snapshot_schemas import (
    SnapshotAggregate,
    CostSnapshot,
    SnapshotBaseline,
    AnomalyEvaluation,
)

if TYPE_CHECKING:
    from ..schemas.cost_snapshot_schemas import (
        SnapshotGranularity,
        AnomalySeverity,
        AggregateDimension,
        CostRecord,
    )


# z-score from which a snapshot reaches each severity, highest first.
_SEVERITY_BY_Z_SCORE: tuple[tuple[float, AnomalySeverity], ...] = ((4, "high"), (3, "medium"), (2, "low"))
# Fewer snapshots than this give no baseline: one bad day must not define normal.
_MIN_BASELINE_SAMPLES = 7

_metadata = MetaData()
_snapshots = Table(
    "cost_snapshots",
    _metadata,
    Column("id", primary_key=True),
    Column("tenant_id"),
    Column("granularity"),
    Column("period_start"),
    Column("status"),
    Column("total_cost_cents"),
    Column("aggregates"),
)


def _aggregate(records: list[CostRecord], dimension: AggregateDimension) -> list[SnapshotAggregate]:
    by_key: dict[str, SnapshotAggregate] = {}
    for record in records:
        key = record.model if dimension == "model" else record.feature
        entry = by_key.setdefault(key, SnapshotAggregate(dimension=dimension, key=key))
        entry.cost_cents += record.cost_cents
        entry.request_count += 1
    return sorted(by_key.values(), key=lambda entry: entry.cost_cents, reverse=True)


def compute_snapshot(
    tenant_id: str,
    granularity: SnapshotGranularity,
    period_start: datetime,
    records: list[CostRecord],
) -> CostSnapshot:
    """Aggregates one tenant's records of one period into a complete snapshot."""
    own = [record for record in records if record.tenant_id == tenant_id]
    return CostSnapshot(
        id=f"{tenant_id}:{granularity.value}:{period_start.isoformat()}",
        tenant_id=tenant_id,
        granularity=granularity,
        period_start=period_start,
        status="complete",
        total_cost_cents=sum(record.cost_cents for record in own),
        aggregates=[*_aggregate(own, "model"), *_aggregate(own, "feature")],
    )


def compute_baseline(history: list[CostSnapshot]) -> SnapshotBaseline | None:
    """Mean and standard deviation of the history, or None while it is too short."""
    if len(history) < _MIN_BASELINE_SAMPLES:
        return None
    totals = [snapshot.total_cost_cents for snapshot in history]
    mean = sum(totals) / len(totals)
    variance = sum((total - mean) ** 2 for total in totals) / len(totals)
    return SnapshotBaseline(
        tenant_id=history[0].tenant_id,
        granularity=history[0].granularity,
        mean_cost_cents=mean,
        std_dev_cost_cents=math.sqrt(variance),
        sample_size=len(totals),
    )


def _severity_of(z_score: float) -> AnomalySeverity:
    for threshold, level in _SEVERITY_BY_Z_SCORE:
        if z_score >= threshold:
            return level
    return "none"


def evaluate_anomaly(snapshot: CostSnapshot, baseline: SnapshotBaseline) -> AnomalyEvaluation:
    """How far the snapshot sits from its baseline, and how severe that is."""
    spread = max(baseline.std_dev_cost_cents, 1)
    z_score = (snapshot.total_cost_cents - baseline.mean_cost_cents) / spread
    severity = _severity_of(z_score)
    deviation_pct = (
        0.0
        if baseline.mean_cost_cents == 0
        else 100 * (snapshot.total_cost_cents - baseline.mean_cost_cents) / baseline.mean_cost_cents
    )
    return AnomalyEvaluation(snapshot.id, snapshot.tenant_id, severity, z_score, deviation_pct)


def _snapshot_of(row: dict[str, Any]) -> CostSnapshot:
    aggregates = [SnapshotAggregate(**entry) for entry in row["aggregates"]]
    return CostSnapshot(**{**row, "aggregates": aggregates})


class CostSnapshotStore:
    """Stores snapshots and reads back a tenant's recent ones for its baseline."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def save(self, snapshot: CostSnapshot) -> CostSnapshot:
        self._session.execute(delete(_snapshots).where(_snapshots.c.id == snapshot.id))
        self._session.execute(insert(_snapshots).values(**asdict(snapshot)))
        return snapshot

    def history(self, tenant_id: str, granularity: SnapshotGranularity, since: datetime) -> list[CostSnapshot]:
        statement = (
            select(_snapshots)
            .where(
                _snapshots.c.tenant_id == tenant_id,
                _snapshots.c.granularity == granularity,
                _snapshots.c.status == "complete",
                _snapshots.c.period_start >= since,
            )
            .order_by(_snapshots.c.period_start)
        )
        return [_snapshot_of(row) for row in self._session.execute(statement).mappings().all()]
