import { phaseNumber } from '../plan/select-phase';

/** `Phase III` for phase-3, as the seed numbers phases; the id itself when it has no number. */
export function phaseName(id: string): string {
  const n = phaseNumber(id);
  return n === undefined || n < 1 || n > 89 ? id : `Phase ${roman(n)}`;
}

function roman(n: number): string {
  const parts: [number, string][] = [[50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, s] of parts) for (; n >= v; n -= v) out += s;
  return out;
}
