import picomatch from 'picomatch';
import type { RewriteImportsStep } from '../../plan/types';
import { moduleMatcher } from '../../workspace/module-pattern';
import type { RelPath } from '../../workspace/paths';
import type { Workspace } from '../../workspace/workspace';
import type { StepStatusFn } from '../types';

/** DONE when no file (of the step's `files`, if given) still imports `from`. */
export const rewriteImportsStatus: StepStatusFn<RewriteImportsStep> = (ctx, step) => {
  const left = importersOf(ctx.ws, step);
  if (left.length === 0) return { status: 'DONE', detail: `nothing imports ${step.from}` };
  return { status: 'TODO', detail: `${count(left.length)} still import${left.length === 1 ? 's' : ''} ${step.from}: ${left.slice(0, 3).map(ctx.show).join(', ')}${left.length > 3 ? ', …' : ''}` };
};

/** Files that still import the step's `from` pattern, narrowed by its `files` globs; files inside the namespace itself do not count. */
export function importersOf(ws: Workspace, step: RewriteImportsStep): RelPath[] {
  const match = moduleMatcher(step.from, ws.settings);
  const narrow = step.files?.length ? picomatch(step.files, { dot: true }) : () => true;
  const index = ws.index();
  return index.files().filter((file) => narrow(file) && !match('\0', file) && index.importsOf(file).some((imp) => match(imp.specifier, imp.resolved)));
}

function count(n: number): string {
  return n === 1 ? '1 file' : `${n} files`;
}
