import { log } from './log.js';

interface Line {
  sku: string;
  qty: number;
}

/** Total quantity of an order's lines. */
export function quantity(lines: Line[]): number {
  log('quantity');
  return lines.reduce((n, l) => n + l.qty, 0);
}

export function first(lines: Line[]): Line | undefined {
  return lines[0];
}
