import { Money, format } from './money';

export function invoiceLine(cents: number): string {
  const amount: Money = Money.of(cents);
  return format(amount);
}
