import { barrelFileOf, filesIn, generateBarrel } from '../../codemod/barrel-language';
import { barrelSource } from '../../codemod/barrel-source';
import { RemediateError } from '../../errors';
import type { BarrelStep } from '../../plan/types';
import type { StepStatusFn } from '../types';

/** DONE when the folder's barrel (index.ts, __init__.py) matches what the barrel generator makes of the folder now. */
export const barrelStatus: StepStatusFn<BarrelStep> = (ctx, step) => {
  const dir = ctx.locate(step.dir);
  const file = barrelFileOf(dir, filesIn(ctx.ws.overlay.files(), dir));
  if (!ctx.ws.overlay.isDir(dir)) return { status: 'TODO', detail: `no folder ${ctx.show(dir)}` };
  try {
    const wanted = generateBarrel(barrelSource(ctx.ws, ctx.plan), { ...step, dir }).text;
    const current = ctx.ws.overlay.exists(file) ? ctx.ws.overlay.read(file) : undefined;
    if (current === wanted) return { status: 'DONE', detail: `${ctx.show(file)} matches what would be generated` };
    return { status: 'TODO', detail: current === undefined ? `${ctx.show(file)} does not exist yet` : `${ctx.show(file)} differs from what would be generated` };
  } catch (err) {
    if (err instanceof RemediateError) return { status: 'TODO', detail: err.message };
    throw err;
  }
};
