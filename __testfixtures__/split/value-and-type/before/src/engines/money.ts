/** Cents, branded so that a plain number is not taken for money. */
export type Money = number & { readonly brand: 'Money' };
/** Constructors for Money. */
export const Money = {
  of(cents: number): Money {
    return Math.round(cents) as Money;
  },
};

export const ZERO = Money.of(0);

export function format(m: Money): string {
  return (m / 100).toFixed(2);
}
