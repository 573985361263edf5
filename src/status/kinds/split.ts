import { languageOf } from '../../lang';
import type { SplitStep } from '../../plan/types';
import { topLevelDeclarations } from '../declarations';
import { probeStep } from '../probe';
import type { StatusContext, StepStatusFn } from '../types';

/**
 * By names: DONE when every name is declared in the target and no longer in the source, PARTIAL
 * when some are. By kinds or uses, which only the split operation can evaluate: DONE when the target
 * exists and staging the split again would change nothing.
 */
export const splitStatus: StepStatusFn<SplitStep> = (ctx, step) => {
  const to = ctx.locate(step.to);
  if (!ctx.ws.overlay.exists(to)) return { status: 'TODO', detail: `${ctx.show(to)} does not exist yet` };
  if (!('names' in step.extract)) {
    const probe = probeStep(ctx.plan, step);
    return probe.status === 'DONE' ? { status: 'DONE', detail: `${ctx.show(to)} holds what the selector extracts` } : probe;
  }
  const moved = step.extract.names.filter((n) => declares(ctx, to, n) && !declares(ctx, ctx.locate(step.file), n));
  const missing = step.extract.names.filter((n) => !moved.includes(n));
  if (missing.length === 0) return { status: 'DONE', detail: `${moved.join(', ')} ${moved.length === 1 ? 'lives' : 'live'} in ${ctx.show(to)}` };
  const detail = `${missing.join(', ')} not yet in ${ctx.show(to)}`;
  return moved.length ? { status: 'PARTIAL', detail } : { status: 'TODO', detail };
};

function declares(ctx: StatusContext, file: string, name: string): boolean {
  if (!ctx.ws.overlay.exists(file)) return false;
  const text = ctx.ws.overlay.read(file);
  if (languageOf(file)?.id === 'python') return (require('../../lang/python/declarations') as typeof import('../../lang/python/declarations')).pythonModuleFacts(text).declarations.some((d) => d.names.includes(name));
  return topLevelDeclarations(file, text).some((d) => d.name === name);
}
