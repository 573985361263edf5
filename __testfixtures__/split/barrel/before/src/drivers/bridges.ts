// Layer: L6 — Drivers

export enum AuditKind {
  Created = 'created',
}

export interface Audit {
  id: string;
  kind: AuditKind;
}

export function run(id: string): Audit {
  return { id, kind: AuditKind.Created };
}
