// Layer: L5 — Domain Engine
// Role: Prices, and the queries that load them

import { roundCents } from './money';

export interface PriceRow {
  sku: string;
  cents: number;
}

/** The price after a discount, never below zero. */
export function discounted(row: PriceRow, pct: number): number {
  return Math.max(0, roundCents(row.cents * (1 - pct / 100)));
}
