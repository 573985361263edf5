export { run } from '../drivers/bridges';
export { type Audit, AuditKind } from '../schemas/audit';
export type { Audit as AuditRow } from '../schemas/audit';
