import { AUDIT_TABLE, type Audit, run } from './drivers/bridges';
import * as bridges from './drivers/bridges';

export const audit: Audit = run();
export const sameTable = audit.table === AUDIT_TABLE && bridges.AUDIT_TABLE === AUDIT_TABLE;
export const api = bridges;
