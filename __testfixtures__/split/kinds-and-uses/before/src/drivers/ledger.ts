import { DataSource } from 'orm';

export interface Entry {
  id: string;
  cents: number;
}

/** Sums entries. */
export function total(entries: Entry[]): number {
  return entries.reduce((sum, e) => sum + e.cents, 0);
}

/** Every entry of the ledger. */
export function loadEntries(dataSource: DataSource): Promise<Entry[]> {
  return dataSource.getRepository<Entry>('entries').find();
}

/** Reads the ledger through one data source. */
export class LedgerStore {
  constructor(private readonly dataSource: DataSource) {}

  async balance(): Promise<number> {
    return total(await loadEntries(this.dataSource));
  }
}
