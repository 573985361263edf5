import { log } from '../log.js';
import type { Line } from '../orders.js';

/** Total quantity of an order's lines. */
export function quantity(lines: Line[]): number {
  log('quantity');
  return lines.reduce((n, l) => n + l.qty, 0);
}
