export const AUDIT_TABLE = 'audit';

export interface Audit {
  id: string;
  table: string;
}

export function newId(): string {
  return `${Date.now()}`;
}
