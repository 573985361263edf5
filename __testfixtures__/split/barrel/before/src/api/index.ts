export { type Audit, AuditKind, run } from '../drivers/bridges';
export type { Audit as AuditRow } from '../drivers/bridges';
