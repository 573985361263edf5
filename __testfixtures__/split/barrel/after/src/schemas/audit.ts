// Layer: L5 — Domain Engine

export enum AuditKind {
  Created = 'created',
}

export interface Audit {
  id: string;
  kind: AuditKind;
}
