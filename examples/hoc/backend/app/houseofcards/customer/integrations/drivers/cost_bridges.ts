// Layer: L4 — Domain Engine
// AUDIENCE: CUSTOMER
// Role: Cost loop bridge: a severe cost anomaly opens an incident and enters the M25 loop

import { LoopEvent } from 'app/integrations/events';
import { createIncidentFromCostAnomaly } from 'app/services/governance/cross_domain';
import { AnomalyEvaluation, AnomalySeverity, CostSnapshot } from './cost_snapshots';

const SEVERITY_RANK: Record<AnomalySeverity, number> = {
  none: 0,
  low: 1,
  medium: 2,
  high: 3,
};

/** z-score at which a cost anomaly is treated as a certain incident. */
const FULL_CONFIDENCE_Z_SCORE = 5;

/** Escalates anomalies at or above a severity into incidents on the loop. */
export class CostLoopBridge {
  constructor(private readonly minSeverity: AnomalySeverity = 'medium') {}

  shouldEscalate(evaluation: AnomalyEvaluation): boolean {
    return SEVERITY_RANK[evaluation.severity] >= SEVERITY_RANK[this.minSeverity];
  }

  /** The loop's first event for the anomaly, or null when it is not severe enough. */
  async onAnomaly(snapshot: CostSnapshot, evaluation: AnomalyEvaluation): Promise<LoopEvent | null> {
    if (!this.shouldEscalate(evaluation)) return null;
    const incidentId = await createIncidentFromCostAnomaly({
      tenantId: snapshot.tenantId,
      snapshotId: snapshot.id,
      severity: evaluation.severity,
      deviationPct: evaluation.deviationPct,
    });
    const topModel = snapshot.aggregates.find((entry) => entry.dimension === 'model');
    return {
      id: `${incidentId}:incident_detected`,
      tenantId: snapshot.tenantId,
      type: 'incident_created',
      stage: 'incident_detected',
      incidentId,
      payload: { signature: `cost_spike:${topModel?.key ?? 'unknown'}`, deviationPct: evaluation.deviationPct },
      confidence: Math.min(1, evaluation.zScore / FULL_CONFIDENCE_Z_SCORE),
      occurredAt: new Date(),
    };
  }
}
