// Layer: L6 — Drivers

import { Stage } from '../schemas/stage';
import { auditOf } from '../schemas/audit';
import type { Audit } from '../schemas/audit';

export function open(): Audit {
  return auditOf(Stage.Open);
}
