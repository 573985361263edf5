# Layer: L5 — Domain Engine
# AUDIENCE: CUSTOMER
# Role: Cost loop bridge: a severe cost anomaly opens an incident and enters the M25 loop

from __future__ import annotations

from datetime import datetime, timezone

from app.integrations.events import LoopEvent
from app.services.governance.cross_domain import CostAnomalyIncidentInput, create_incident_from_cost_anomaly

from ..schemas.cost_snapshot_schemas import AnomalyEvaluation, AnomalySeverity, CostSnapshot

_SEVERITY_RANK: dict[AnomalySeverity, int] = {"none": 0, "low": 1, "medium": 2, "high": 3}

# z-score at which a cost anomaly is treated as a certain incident.
_FULL_CONFIDENCE_Z_SCORE = 5


class CostLoopBridge:
    """Escalates anomalies at or above a severity into incidents on the loop."""

    def __init__(self, min_severity: AnomalySeverity = "medium") -> None:
        self._min_severity: AnomalySeverity = min_severity

    def should_escalate(self, evaluation: AnomalyEvaluation) -> bool:
        return _SEVERITY_RANK[evaluation.severity] >= _SEVERITY_RANK[self._min_severity]

    def on_anomaly(self, snapshot: CostSnapshot, evaluation: AnomalyEvaluation) -> LoopEvent | None:
        """The loop's first event for the anomaly, or None when it is not severe enough."""
        if not self.should_escalate(evaluation):
            return None
        incident_id = create_incident_from_cost_anomaly(
            CostAnomalyIncidentInput(
                tenant_id=snapshot.tenant_id,
                snapshot_id=snapshot.id,
                severity=evaluation.severity,
                deviation_pct=evaluation.deviation_pct,
            )
        )
        top_model = next((entry for entry in snapshot.aggregates if entry.dimension == "model"), None)
        return LoopEvent(
            id=f"{incident_id}:incident_detected",
            tenant_id=snapshot.tenant_id,
            type="incident_created",
            stage="incident_detected",
            incident_id=incident_id,
            payload={
                "signature": f"cost_spike:{top_model.key if top_model else 'unknown'}",
                "deviation_pct": evaluation.deviation_pct,
            },
            confidence=min(1.0, evaluation.z_score / _FULL_CONFIDENCE_Z_SCORE),
            occurred_at=datetime.now(timezone.utc),
        )
