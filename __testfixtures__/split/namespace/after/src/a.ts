import * as bridges from './drivers/bridges';
import * as auditRecords from './drivers/audit_records';

export function run(): string {
  const audit: auditRecords.Audit = auditRecords.record({ id: 'y' });
  return bridges.process(audit.id).id;
}
