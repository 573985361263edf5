/** Rounds to whole cents. */
export function roundCents(cents: number): number {
  return Math.round(cents);
}
