import { barrelFile, renderBarrel } from '../codemod/barrel';
import { barrelSource } from '../codemod/barrel-source';
import { assertParses } from '../codemod/parse-check';
import { StateError } from '../errors';
import type { BarrelStep } from '../plan/types';
import { assertHandled, languagesAt } from './languages';
import type { Operation } from './types';

/** Seed Phase VI: regenerate a folder's index.ts from the modules in it. */
export const barrelOperation: Operation<BarrelStep> = {
  kind: 'barrel',
  describe(step, show = (p: string) => p) {
    const filters = [
      step.layers?.length ? `layers ${step.layers.join(', ')}` : '',
      step.include?.length ? `include ${step.include.join(', ')}` : '',
      step.exclude?.length ? `exclude ${step.exclude.join(', ')}` : '',
    ].filter(Boolean);
    return `barrel ${show(barrelFile(step.dir))}${filters.length ? ` (${filters.join('; ')})` : ''}`;
  },
  stage({ ws, plan }, step) {
    if (!ws.overlay.isDir(step.dir)) throw new StateError(`no folder ${step.dir}`);
    assertHandled(`barrel ${step.dir}`, languagesAt(ws, step.dir), ['typescript']);
    const file = barrelFile(step.dir);
    const before = ws.overlay.exists(file) ? ws.overlay.read(file) : undefined;
    if (before !== undefined) assertParses([{ path: file, text: before }], 'cannot regenerate the barrel');
    const after = renderBarrel(barrelSource(ws, plan), step);
    if (after === before) return { summary: `${file}: already up to date`, files: [], moves: [] };
    ws.overlay.write(file, after);
    return { summary: `${file}: ${before === undefined ? 'created' : 'regenerated'}`, files: [file], moves: [] };
  },
};
