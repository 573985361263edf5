// Layer: L3 — Facades
// AUDIENCE: CUSTOMER
// Role: What the cost API calls: close a period's snapshot, compare it to the baseline, escalate

import { DataSource } from 'typeorm';
import { openIncidentCount } from '../../../../services/governance/cross_domain';
import { CostLoopBridge } from 'app/houseofcards/customer/integrations/drivers/cost_bridges';
import {
  AnomalyEvaluation,
  CostRecord,
  CostSnapshotStore,
  SnapshotGranularity,
  computeBaseline,
  computeSnapshot,
  evaluateAnomaly,
} from '@hoc/customer/integrations/drivers/cost_snapshots';

export interface PeriodReport {
  snapshotId: string;
  totalCostCents: number;
  anomaly: AnomalyEvaluation | null;
  escalated: boolean;
  openCostIncidents: number;
}

const BASELINE_WINDOW_MS = 30 * 24 * 60 * 60 * 1000;

export class CostFacade {
  private readonly store: CostSnapshotStore;
  private readonly bridge = new CostLoopBridge();

  constructor(dataSource: DataSource) {
    this.store = new CostSnapshotStore(dataSource);
  }

  /** Closes a daily period: stores its snapshot, then evaluates and maybe escalates it. */
  async closeDay(tenantId: string, periodStart: Date, records: CostRecord[]): Promise<PeriodReport> {
    const since = new Date(periodStart.getTime() - BASELINE_WINDOW_MS);
    const history = await this.store.history(tenantId, SnapshotGranularity.Daily, since);
    const snapshot = await this.store.save(computeSnapshot(tenantId, SnapshotGranularity.Daily, periodStart, records));
    const baseline = computeBaseline(history);
    const anomaly = baseline === null ? null : evaluateAnomaly(snapshot, baseline);
    const event = anomaly === null ? null : await this.bridge.onAnomaly(snapshot, anomaly);
    return {
      snapshotId: snapshot.id,
      totalCostCents: snapshot.totalCostCents,
      anomaly,
      escalated: event !== null,
      openCostIncidents: openIncidentCount(tenantId),
    };
  }
}
