import { type Audit, AuditKind, other, run } from './drivers';

export const audit: Audit = run(`${other}`);
export const created = audit.kind === AuditKind.Created;
