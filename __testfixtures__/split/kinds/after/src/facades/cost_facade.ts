import { DataSource } from 'orm';
import {
  CostSnapshotStore,
  complete,
} from '../drivers/cost_snapshots';
import {
  type CostSnapshot,
  SnapshotStatus,
} from '../schemas/cost_snapshot_schemas';

export async function close(snapshot: CostSnapshot): Promise<SnapshotStatus> {
  const stored = await new CostSnapshotStore(new DataSource()).save(complete(snapshot));
  return stored.status;
}
