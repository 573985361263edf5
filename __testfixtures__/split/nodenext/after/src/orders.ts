export interface Line {
  sku: string;
  qty: number;
}

export function first(lines: Line[]): Line | undefined {
  return lines[0];
}
