// Layer: L6 — Drivers
// AUDIENCE: CUSTOMER
// Role: Stores each tenant's spend caps and the breaches recorded against them

import { DataSource, MoreThanOrEqual } from 'typeorm';

export interface SafetyRail {
  id: string;
  dailyCapCents: number;
  hardStop: boolean;
  updatedAt: Date;
}

export interface RailBreach {
  id: string;
  tenantId: string;
  spentCents: number;
  capCents: number;
  breachedAt: Date;
}

export class CostSafetyRailStore {
  constructor(private readonly dataSource: DataSource) {}

  /** The tenant's rail; rails are keyed by tenant id. */
  async get(tenantId: string): Promise<SafetyRail | null> {
    return this.dataSource.getRepository<SafetyRail>('cost_safety_rails').findOneBy({ id: tenantId });
  }

  async put(rail: SafetyRail): Promise<SafetyRail> {
    return this.dataSource.getRepository<SafetyRail>('cost_safety_rails').save({ ...rail, updatedAt: new Date() });
  }

  async recordBreach(tenantId: string, spentCents: number, capCents: number): Promise<RailBreach> {
    const breachedAt = new Date();
    const breach = { id: `${tenantId}:${breachedAt.getTime()}`, tenantId, spentCents, capCents, breachedAt };
    return this.breaches().insert(breach);
  }

  async breachesSince(tenantId: string, since: Date): Promise<RailBreach[]> {
    return this.breaches().find({ where: { tenantId, breachedAt: MoreThanOrEqual(since) } });
  }

  private breaches() {
    return this.dataSource.getRepository<RailBreach>('cost_rail_breaches');
  }
}
