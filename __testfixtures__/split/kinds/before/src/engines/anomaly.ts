import { type Granularity, hasBaseline } from '../drivers/cost_snapshots';
import * as snapshots from '../drivers/cost_snapshots';

export function check(history: snapshots.CostSnapshot[], granularity: Granularity): boolean {
  return granularity === 'daily' && hasBaseline(history) && history[0].status === snapshots.SnapshotStatus.Complete;
}
