import { UsageError } from '../errors';
import type { Phase, Plan } from './types';

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };

/** Finds a phase by id (`phase-2`), roman numeral (`II`) or number (`2`). */
export function selectPhase(plan: Plan, selector: string): Phase {
  if (plan.phases.length === 0) throw new UsageError(`${plan.name} has no phases to run`);
  const exact = plan.phases.find((p) => p.id === selector);
  if (exact) return exact;
  const n = /^\d+$/.test(selector) ? Number(selector) : fromRoman(selector.toUpperCase());
  const numbered = n === undefined ? undefined : plan.phases.find((p) => phaseNumber(p.id) === n);
  if (numbered) return numbered;
  const ids = plan.phases.map((p) => p.id).join(', ');
  throw new UsageError(`unknown phase "${selector}" in ${plan.name}: the plan's phases are ${ids}`);
}

/** The number a phase id ends with (`phase-3` → 3), if any. */
export function phaseNumber(id: string): number | undefined {
  const m = /(\d+)$/.exec(id);
  return m ? Number(m[1]) : undefined;
}

function fromRoman(s: string): number | undefined {
  if (!/^[IVXL]+$/.test(s)) return undefined;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i]];
    total += v < (ROMAN[s[i + 1]] ?? 0) ? -v : v;
  }
  return total;
}
