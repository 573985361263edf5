import type { Status, StatusWord } from './types';

/**
 * The status of a whole made of parts (a phase of steps, a file of the steps naming it), as the seed
 * writes it: DONE when every part is; PARTIAL when some are done and others deferred or still to do;
 * DEFERRED when every part is; otherwise TODO, or UNKNOWN when no part could be judged.
 */
export function combineStatus(parts: Status[]): Status {
  const count = (w: StatusWord) => parts.filter((p) => p.status === w).length;
  const [done, partial, deferred, unknown] = [count('DONE'), count('PARTIAL'), count('DEFERRED'), count('UNKNOWN')];
  const todo = parts.length - done - partial - deferred - unknown;
  const detail = [plural(done, 'done'), plural(partial, 'partial'), plural(deferred, 'deferred'), plural(todo, 'to do'), plural(unknown, 'unknown')]
    .filter(Boolean)
    .join(', ');
  if (parts.length === 0) return { status: 'DONE', detail: 'nothing to do' };
  if (done === parts.length) return { status: 'DONE', detail };
  if (deferred === parts.length) return { status: 'DEFERRED', detail };
  if (done > 0 || partial > 0) return { status: 'PARTIAL', detail };
  if (unknown > 0 && todo === 0) return { status: 'UNKNOWN', detail };
  return { status: 'TODO', detail };
}

function plural(n: number, word: string): string {
  return n === 0 ? '' : `${n} ${word}`;
}
