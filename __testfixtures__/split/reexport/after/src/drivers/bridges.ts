import { AUDIT_TABLE, newId } from '../schemas/audit';
import type { Audit } from '../schemas/audit';
export { AUDIT_TABLE } from '../schemas/audit';
export type { Audit } from '../schemas/audit';

export function run(): Audit {
  return { id: newId(), table: AUDIT_TABLE };
}
