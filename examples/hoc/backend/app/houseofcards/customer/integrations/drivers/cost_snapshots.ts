// Layer: L4 — Domain Engine
// AUDIENCE: CUSTOMER
// Role: Cost snapshots: per-period aggregation, baselines, anomaly evaluation, and their storage

import { DataSource, MoreThanOrEqual } from 'typeorm';

export enum SnapshotGranularity {
  Hourly = 'hourly',
  Daily = 'daily',
}

export type SnapshotStatus = 'pending' | 'complete';

export type AnomalySeverity = 'none' | 'low' | 'medium' | 'high';

export type AggregateDimension = 'model' | 'feature';

/** One metered request: the input of a snapshot. */
export interface CostRecord {
  tenantId: string;
  model: string;
  feature: string;
  costCents: number;
  occurredAt: Date;
}

export interface SnapshotAggregate {
  dimension: AggregateDimension;
  key: string;
  costCents: number;
  requestCount: number;
}

/** Spend of one tenant over one period. */
export interface CostSnapshot {
  id: string;
  tenantId: string;
  granularity: SnapshotGranularity;
  periodStart: Date;
  status: SnapshotStatus;
  totalCostCents: number;
  aggregates: SnapshotAggregate[];
}

/** What a normal period costs a tenant, from its recent snapshots. */
export interface SnapshotBaseline {
  tenantId: string;
  granularity: SnapshotGranularity;
  meanCostCents: number;
  stdDevCostCents: number;
  sampleSize: number;
}

export interface AnomalyEvaluation {
  snapshotId: string;
  tenantId: string;
  severity: AnomalySeverity;
  zScore: number;
  deviationPct: number;
}

/** z-score from which a snapshot reaches each severity, highest first. */
const SEVERITY_BY_Z_SCORE: ReadonlyArray<readonly [number, AnomalySeverity]> = [
  [4, 'high'],
  [3, 'medium'],
  [2, 'low'],
];
/** Fewer snapshots than this give no baseline: one bad day must not define normal. */
const MIN_BASELINE_SAMPLES = 7;

function aggregate(records: CostRecord[], dimension: AggregateDimension): SnapshotAggregate[] {
  const byKey = new Map<string, SnapshotAggregate>();
  for (const record of records) {
    const key = dimension === 'model' ? record.model : record.feature;
    const entry = byKey.get(key) ?? { dimension, key, costCents: 0, requestCount: 0 };
    entry.costCents += record.costCents;
    entry.requestCount += 1;
    byKey.set(key, entry);
  }
  return [...byKey.values()].sort((a, b) => b.costCents - a.costCents);
}

/** Aggregates one tenant's records of one period into a complete snapshot. */
export function computeSnapshot(
  tenantId: string,
  granularity: SnapshotGranularity,
  periodStart: Date,
  records: CostRecord[],
): CostSnapshot {
  const own = records.filter((record) => record.tenantId === tenantId);
  return {
    id: `${tenantId}:${granularity}:${periodStart.toISOString()}`,
    tenantId,
    granularity,
    periodStart,
    status: 'complete',
    totalCostCents: own.reduce((sum, record) => sum + record.costCents, 0),
    aggregates: [...aggregate(own, 'model'), ...aggregate(own, 'feature')],
  };
}

/** Mean and standard deviation of the history, or null while it is too short. */
export function computeBaseline(history: CostSnapshot[]): SnapshotBaseline | null {
  if (history.length < MIN_BASELINE_SAMPLES) return null;
  const totals = history.map((snapshot) => snapshot.totalCostCents);
  const mean = totals.reduce((sum, total) => sum + total, 0) / totals.length;
  const variance = totals.reduce((sum, total) => sum + (total - mean) ** 2, 0) / totals.length;
  return {
    tenantId: history[0].tenantId,
    granularity: history[0].granularity,
    meanCostCents: mean,
    stdDevCostCents: Math.sqrt(variance),
    sampleSize: totals.length,
  };
}

/** How far the snapshot sits from its baseline, and how severe that is. */
export function evaluateAnomaly(snapshot: CostSnapshot, baseline: SnapshotBaseline): AnomalyEvaluation {
  const spread = Math.max(baseline.stdDevCostCents, 1);
  const zScore = (snapshot.totalCostCents - baseline.meanCostCents) / spread;
  const severity = SEVERITY_BY_Z_SCORE.find(([threshold]) => zScore >= threshold)?.[1] ?? 'none';
  const deviationPct =
    baseline.meanCostCents === 0 ? 0 : (100 * (snapshot.totalCostCents - baseline.meanCostCents)) / baseline.meanCostCents;
  return { snapshotId: snapshot.id, tenantId: snapshot.tenantId, severity, zScore, deviationPct };
}

/** Stores snapshots and reads back a tenant's recent ones for its baseline. */
export class CostSnapshotStore {
  constructor(private readonly dataSource: DataSource) {}

  async save(snapshot: CostSnapshot): Promise<CostSnapshot> {
    return this.snapshots().save(snapshot);
  }

  async history(tenantId: string, granularity: SnapshotGranularity, since: Date): Promise<CostSnapshot[]> {
    return this.snapshots().find({
      where: { tenantId, granularity, status: 'complete', periodStart: MoreThanOrEqual(since) },
      order: { periodStart: 'ASC' },
    });
  }

  private snapshots() {
    return this.dataSource.getRepository<CostSnapshot>('cost_snapshots');
  }
}
