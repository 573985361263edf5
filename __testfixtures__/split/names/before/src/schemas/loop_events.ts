// Layer: L5 — Domain Engine
// AUDIENCE: CUSTOMER

export enum LoopStage {
  Observed = 'observed',
  PolicyProposed = 'policy_proposed',
}

export interface LoopEvent {
  id: string;
  tenantId: string;
  confidence: number;
}
