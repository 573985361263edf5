// Layer: L6 — Drivers

import { AuditKind } from '../schemas/audit';
import type { Audit } from '../schemas/audit';

export function run(id: string): Audit {
  return { id, kind: AuditKind.Created };
}
