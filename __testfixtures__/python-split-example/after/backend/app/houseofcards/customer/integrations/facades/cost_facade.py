# Layer: L3 — Facades
# AUDIENCE: CUSTOMER
# Role: What the cost API calls: close a period's snapshot, compare it to the baseline, escalate

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from .....services.governance.cross_domain import open_incident_count
from app.houseofcards.customer.integrations.engines.cost_bridges_engine import CostLoopBridge
from app.houseofcards.customer.integrations.drivers.cost_snapshots import (
    CostSnapshotStore,
    compute_baseline,
    compute_snapshot,
    evaluate_anomaly,
)
from app.houseofcards.customer.integrations.schemas.cost_snapshot_schemas import (
    AnomalyEvaluation,
    CostRecord,
    SnapshotGranularity,
)


@dataclass(frozen=True)
class PeriodReport:
    snapshot_id: str
    total_cost_cents: int
    anomaly: AnomalyEvaluation | None
    escalated: bool
    open_cost_incidents: int


_BASELINE_WINDOW = timedelta(days=30)


class CostFacade:
    def __init__(self, session: Session) -> None:
        self._store = CostSnapshotStore(session)
        self._bridge = CostLoopBridge()

    def close_day(self, tenant_id: str, period_start: datetime, records: list[CostRecord]) -> PeriodReport:
        """Closes a daily period: stores its snapshot, then evaluates and maybe escalates it."""
        history = self._store.history(tenant_id, SnapshotGranularity.DAILY, period_start - _BASELINE_WINDOW)
        snapshot = self._store.save(compute_snapshot(tenant_id, SnapshotGranularity.DAILY, period_start, records))
        baseline = compute_baseline(history)
        anomaly = None if baseline is None else evaluate_anomaly(snapshot, baseline)
        event = None if anomaly is None else self._bridge.on_anomaly(snapshot, anomaly)
        return PeriodReport(
            snapshot_id=snapshot.id,
            total_cost_cents=snapshot.total_cost_cents,
            anomaly=anomaly,
            escalated=event is not None,
            open_cost_incidents=open_incident_count(tenant_id),
        )
