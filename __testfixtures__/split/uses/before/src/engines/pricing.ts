// Layer: L5 — Domain Engine
// Role: Prices, and the queries that load them

import { DataSource, type Repository } from 'orm';
import { roundCents } from './money';

export interface PriceRow {
  sku: string;
  cents: number;
}

function table(dataSource: DataSource): Repository<PriceRow> {
  return dataSource.getRepository<PriceRow>('prices');
}

/** Loads the price of one SKU. */
export async function loadPrice(dataSource: DataSource, sku: string): Promise<PriceRow | null> {
  return table(dataSource).findOneBy({ sku });
}

/** Stores a price, rounded to whole cents. */
export async function savePrice(dataSource: DataSource, row: PriceRow): Promise<PriceRow> {
  return table(dataSource).insert({ ...row, cents: roundCents(row.cents) });
}

/** The price after a discount, never below zero. */
export function discounted(row: PriceRow, pct: number): number {
  return Math.max(0, roundCents(row.cents * (1 - pct / 100)));
}
