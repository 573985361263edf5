import { Money } from '../schemas/money';

export const ZERO = Money.of(0);

export function format(m: Money): string {
  return (m / 100).toFixed(2);
}
