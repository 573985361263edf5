// Role: Cross-domain governance helpers (legacy services namespace)
// Status: LEGACY — cross-domain services not yet migrated (integrations Phase 2.5, IV.3)

export interface CostAnomalyIncidentInput {
  tenantId: string;
  snapshotId: string;
  severity: string;
  deviationPct: number;
}

const openIncidents = new Map<string, CostAnomalyIncidentInput>();

/** Opens the governance incident for a cost anomaly, or reuses the open one, and returns its id. */
export async function createIncidentFromCostAnomaly(input: CostAnomalyIncidentInput): Promise<string> {
  const incidentId = `inc_cost_${input.tenantId}_${input.snapshotId}`;
  if (!openIncidents.has(incidentId)) openIncidents.set(incidentId, input);
  return incidentId;
}

/** Number of open cost incidents of a tenant. */
export function openIncidentCount(tenantId: string): number {
  return [...openIncidents.values()].filter((incident) => incident.tenantId === tenantId).length;
}
