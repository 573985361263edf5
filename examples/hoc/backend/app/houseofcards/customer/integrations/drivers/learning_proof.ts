/**
 * Layer: L4 — Domain Engine
 * AUDIENCE: CUSTOMER
 * Role: Learning proof: turns a policy's valid preventions into a graduation level
 */

import { PreventionRecord, isValidPrevention } from './prevention_contract';

export enum GraduationLevel {
  Shadow = 'shadow',
  Canary = 'canary',
  Enforced = 'enforced',
}

export interface GraduationStatus {
  policyId: string;
  level: GraduationLevel;
  validPreventions: number;
  distinctTenants: number;
  lastPreventionAt: Date | null;
}

/** Evidence each level needs, strictest first; a policy with less stays in shadow mode. */
const GRADUATION_GATES: ReadonlyArray<{ level: GraduationLevel; preventions: number; tenants: number }> = [
  { level: GraduationLevel.Enforced, preventions: 10, tenants: 3 },
  { level: GraduationLevel.Canary, preventions: 3, tenants: 1 },
];

/** The preventions of one policy, oldest first. */
export class PreventionTimeline {
  private readonly records: PreventionRecord[];

  constructor(
    readonly policyId: string,
    records: PreventionRecord[],
  ) {
    this.records = records
      .filter((record) => record.policyId === policyId)
      .sort((a, b) => a.preventedAt.getTime() - b.preventedAt.getTime());
  }

  valid(): PreventionRecord[] {
    return this.records.filter(isValidPrevention);
  }
}

/** The highest level whose gate the timeline's valid preventions pass. */
export function computeGraduationStatus(timeline: PreventionTimeline): GraduationStatus {
  const valid = timeline.valid();
  const distinctTenants = new Set(valid.map((record) => record.tenantId)).size;
  const gate = GRADUATION_GATES.find((g) => valid.length >= g.preventions && distinctTenants >= g.tenants);
  return {
    policyId: timeline.policyId,
    level: gate?.level ?? GraduationLevel.Shadow,
    validPreventions: valid.length,
    distinctTenants,
    lastPreventionAt: valid.length > 0 ? valid[valid.length - 1].preventedAt : null,
  };
}
