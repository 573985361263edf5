import { DataSource } from 'orm';
import { loadEntries } from './ledger_queries';

export interface Entry {
  id: string;
  cents: number;
}

/** Sums entries. */
export function total(entries: Entry[]): number {
  return entries.reduce((sum, e) => sum + e.cents, 0);
}

/** Reads the ledger through one data source. */
export class LedgerStore {
  constructor(private readonly dataSource: DataSource) {}

  async balance(): Promise<number> {
    return total(await loadEntries(this.dataSource));
  }
}
