import { format } from './money';
import { Money } from '../schemas/money';

export function invoiceLine(cents: number): string {
  const amount: Money = Money.of(cents);
  return format(amount);
}
