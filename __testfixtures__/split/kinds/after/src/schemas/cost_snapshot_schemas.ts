// Layer: L5 — Domain Engine
// AUDIENCE: CUSTOMER

export enum SnapshotStatus {
  Pending = 'pending',
  Complete = 'complete',
}

export type Granularity = 'hourly' | 'daily';

/** Spend of one tenant over one period. */
export interface CostSnapshot {
  id: string;
  granularity: Granularity;
  status: SnapshotStatus;
  totalCents: number;
}
