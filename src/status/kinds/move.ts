import type { MoveStep } from '../../plan/types';
import type { StepStatusFn } from '../types';

/** DONE when the source is gone and the target holds it (a file, or a folder with files). */
export const moveStatus: StepStatusFn<MoveStep> = (ctx, step) => {
  const to = ctx.locate(step.to);
  const source = ctx.ws.overlay.holds(step.from);
  const target = ctx.ws.overlay.holds(to);
  const [from, where] = [ctx.show(step.from), to === step.to ? ctx.show(to) : `${ctx.show(step.to)} (now ${ctx.show(to)})`];
  if (!source && target) return { status: 'DONE', detail: `${from} is gone; ${where} holds it` };
  if (source && !target) return { status: 'TODO', detail: `${from} is still in place` };
  if (source && target && ctx.ws.overlay.isDir(step.from)) return { status: 'PARTIAL', detail: `${where} exists, but files are left in ${from}` };
  if (source && target) return { status: 'TODO', detail: `both ${from} and ${where} exist` };
  return { status: 'UNKNOWN', detail: `neither ${from} nor ${where} exists` };
};
