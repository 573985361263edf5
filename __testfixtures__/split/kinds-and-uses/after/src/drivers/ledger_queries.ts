// Layer: L6 — Drivers

import type { DataSource } from 'orm';
import type { Entry } from './ledger';

/** Every entry of the ledger. */
export function loadEntries(dataSource: DataSource): Promise<Entry[]> {
  return dataSource.getRepository<Entry>('entries').find();
}
