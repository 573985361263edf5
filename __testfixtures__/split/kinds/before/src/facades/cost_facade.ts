import { DataSource } from 'orm';
import {
  type CostSnapshot,
  CostSnapshotStore,
  SnapshotStatus,
  complete,
} from '../drivers/cost_snapshots';

export async function close(snapshot: CostSnapshot): Promise<SnapshotStatus> {
  const stored = await new CostSnapshotStore(new DataSource()).save(complete(snapshot));
  return stored.status;
}
