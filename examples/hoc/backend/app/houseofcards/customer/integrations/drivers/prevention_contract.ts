// Layer: L4 — Domain Engine
// AUDIENCE: CUSTOMER
// Role: Contract a blocked request must satisfy before it counts as a prevention
// Reference: M25 prevention contract

/** A policy blocking a request that would have recreated a known incident. */
export interface PreventionRecord {
  id: string;
  tenantId: string;
  policyId: string;
  patternId: string;
  policyActivatedAt: Date;
  preventedAt: Date;
  signatureMatch: number;
  incidentCreated: boolean;
}

export class PreventionContractViolation extends Error {
  constructor(
    readonly recordId: string,
    readonly clause: string,
  ) {
    super(`prevention ${recordId} violates the contract: ${clause}`);
    this.name = 'PreventionContractViolation';
  }
}

/** Minimum signature similarity for a block to count as preventing the pattern. */
export const MIN_SIGNATURE_MATCH = 0.6;

/** Throws PreventionContractViolation when the record cannot count as a prevention. */
export function validatePreventionRecord(record: PreventionRecord): void {
  if (record.preventedAt.getTime() < record.policyActivatedAt.getTime()) {
    throw new PreventionContractViolation(record.id, 'the policy must be active before the block');
  }
  if (record.signatureMatch < MIN_SIGNATURE_MATCH) {
    throw new PreventionContractViolation(record.id, `signature match below ${MIN_SIGNATURE_MATCH}`);
  }
  if (record.incidentCreated) {
    throw new PreventionContractViolation(record.id, 'a prevention creates no incident');
  }
}

/** True when the record satisfies the contract. */
export function isValidPrevention(record: PreventionRecord): boolean {
  try {
    validatePreventionRecord(record);
    return true;
  } catch (error) {
    if (error instanceof PreventionContractViolation) return false;
    throw error;
  }
}
