import type { MoveStep, Plan } from '../plan/types';
import type { Overlay } from '../workspace/overlay';
import { isWithin, type RelPath } from '../workspace/paths';

/**
 * Where a path named by a step is now: a plan names files as they are when its step runs, and a
 * later move may have taken them elsewhere (phase 1 sets a header on drivers/events.ts, phase 2
 * moves it). A path that exists stays; a missing one follows the later moves, in plan order.
 */
export function locator(plan: Plan, overlay: Overlay): (phaseIndex: number, stepIndex: number) => (p: RelPath) => RelPath {
  const moves = plan.phases.flatMap((ph, i) =>
    ph.steps.flatMap((s, j) => (s.kind === 'move' && s.deferred === undefined ? [{ at: [i, j], step: s }] : [])),
  );
  return (phaseIndex, stepIndex) => {
    const later = moves.filter(({ at: [i, j] }) => i > phaseIndex || (i === phaseIndex && j > stepIndex)).map((m) => m.step);
    return (p) => later.reduce((cur, m) => (overlay.holds(cur) ? cur : follow(cur, m)), p);
  };
}

function follow(p: RelPath, m: MoveStep): RelPath {
  if (m.from === '' || !isWithin(p, m.from)) return p;
  return m.to + p.slice(m.from.length);
}
