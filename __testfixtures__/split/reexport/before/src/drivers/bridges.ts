export const AUDIT_TABLE = 'audit';

export interface Audit {
  id: string;
  table: string;
}

function newId(): string {
  return `${Date.now()}`;
}

export function run(): Audit {
  return { id: newId(), table: AUDIT_TABLE };
}
