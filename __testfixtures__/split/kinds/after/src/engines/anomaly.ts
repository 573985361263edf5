import { hasBaseline } from '../drivers/cost_snapshots';
import { type Granularity } from '../schemas/cost_snapshot_schemas';
import * as snapshots from '../schemas/cost_snapshot_schemas';

export function check(history: snapshots.CostSnapshot[], granularity: Granularity): boolean {
  return granularity === 'daily' && hasBaseline(history) && history[0].status === snapshots.SnapshotStatus.Complete;
}
