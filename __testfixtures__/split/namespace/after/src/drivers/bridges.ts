import { record } from './audit_records';
import type { Audit } from './audit_records';

export function process(id: string): Audit {
  return record({ id });
}
