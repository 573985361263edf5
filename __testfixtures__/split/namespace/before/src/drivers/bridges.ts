export interface Audit {
  id: string;
}

export function record(audit: Audit): Audit {
  return audit;
}

export function process(id: string): Audit {
  return record({ id });
}
