import { DataSource } from 'orm';
import { discounted, loadPrice } from '../engines/pricing';

export async function quote(sku: string, pct: number): Promise<number | null> {
  const row = await loadPrice(new DataSource(), sku);
  return row && discounted(row, pct);
}
