import type { Audit } from '../schemas/audit';

export function run(id: string): Audit {
  return { id };
}
