import { DataSource } from 'orm';
import { discounted } from '../engines/pricing';
import { loadPrice } from '../drivers/price_queries';

export async function quote(sku: string, pct: number): Promise<number | null> {
  const row = await loadPrice(new DataSource(), sku);
  return row && discounted(row, pct);
}
