// Layer: L6 — Drivers

import type { DataSource, Repository } from 'orm';
import { roundCents } from '../engines/money';
import type { PriceRow } from '../engines/pricing';

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
