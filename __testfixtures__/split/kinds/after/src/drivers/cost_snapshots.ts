// Layer: L4 — Domain Engine
// AUDIENCE: CUSTOMER

import { DataSource } from 'orm';
import { SnapshotStatus } from '../schemas/cost_snapshot_schemas';
import type { CostSnapshot } from '../schemas/cost_snapshot_schemas';

/** Fewer snapshots than this give no baseline. */
const MIN_SAMPLES = 7;

/** Closes a snapshot. */
export function complete(snapshot: CostSnapshot): CostSnapshot {
  return { ...snapshot, status: SnapshotStatus.Complete };
}

export function hasBaseline(history: CostSnapshot[]): boolean {
  return history.length >= MIN_SAMPLES;
}

export class CostSnapshotStore {
  constructor(private readonly dataSource: DataSource) {}

  async save(snapshot: CostSnapshot): Promise<CostSnapshot> {
    return this.dataSource.getRepository<CostSnapshot>('cost_snapshots').insert(snapshot);
  }
}
