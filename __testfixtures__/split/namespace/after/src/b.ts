import type * as b from './drivers/audit_records';

export let last: b.Audit | undefined;
