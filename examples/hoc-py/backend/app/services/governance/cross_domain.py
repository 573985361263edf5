# Role: Cross-domain governance helpers (legacy services namespace)
# Status: LEGACY — cross-domain services not yet migrated (integrations Phase 2.5, IV.3)

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CostAnomalyIncidentInput:
    tenant_id: str
    snapshot_id: str
    severity: str
    deviation_pct: float


_open_incidents: dict[str, CostAnomalyIncidentInput] = {}


def create_incident_from_cost_anomaly(incident: CostAnomalyIncidentInput) -> str:
    """Opens the governance incident for a cost anomaly, or reuses the open one, and returns its id."""
    incident_id = f"inc_cost_{incident.tenant_id}_{incident.snapshot_id}"
    _open_incidents.setdefault(incident_id, incident)
    return incident_id


def open_incident_count(tenant_id: str) -> int:
    """Number of open cost incidents of a tenant."""
    return sum(1 for incident in _open_incidents.values() if incident.tenant_id == tenant_id)
