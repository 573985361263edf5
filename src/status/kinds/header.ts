import { languageOf } from '../../lang';
import { typescript } from '../../lang/typescript';
import type { HeaderStep } from '../../plan/types';
import type { StepStatusFn } from '../types';

/** DONE when the header already reads as set: editing it as the step says would change nothing. */
export const headerStatus: StepStatusFn<HeaderStep> = (ctx, step) => {
  const file = ctx.locate(step.file);
  if (!ctx.ws.overlay.exists(file)) return { status: 'TODO', detail: `${ctx.show(file)} does not exist yet` };
  const text = ctx.ws.overlay.read(file);
  const where = file === step.file ? '' : ` (now ${ctx.show(file)})`;
  return (languageOf(step.file) ?? typescript).editHeader(text, { set: step.set, tags: step.tags }) === text
    ? { status: 'DONE', detail: `header reads as set${where}` }
    : { status: 'TODO', detail: `header differs from the plan${where}` };
};
