import { barrelFileOf, filesIn, generateBarrel } from '../codemod/barrel-language';
import { barrelSource } from '../codemod/barrel-source';
import { assertParses } from '../codemod/parse-check';
import { StateError } from '../errors';
import type { BarrelStep } from '../plan/types';
import type { Operation } from './types';

/** Seed Phase VI: regenerate a folder's barrel (index.ts, or __init__.py for a Python package) from the modules in it. */
export const barrelOperation: Operation<BarrelStep> = {
  kind: 'barrel',
  describe(step, show = (p: string) => p, folderFiles = () => []) {
    const filters = [
      step.layers?.length ? `layers ${step.layers.join(', ')}` : '',
      step.include?.length ? `include ${step.include.join(', ')}` : '',
      step.exclude?.length ? `exclude ${step.exclude.join(', ')}` : '',
    ].filter(Boolean);
    return `barrel ${show(barrelFileOf(step.dir, folderFiles(step.dir)))}${filters.length ? ` (${filters.join('; ')})` : ''}`;
  },
  stage({ ws, plan }, step) {
    if (!ws.overlay.isDir(step.dir)) throw new StateError(`no folder ${step.dir}`);
    const file = barrelFileOf(step.dir, filesIn(ws.overlay.files(), step.dir));
    const before = ws.overlay.exists(file) ? ws.overlay.read(file) : undefined;
    if (before !== undefined) assertParses([{ path: file, text: before }], 'cannot regenerate the barrel');
    const after = generateBarrel(barrelSource(ws, plan), step).text;
    if (after === before) return { summary: `${file}: already up to date`, files: [], moves: [] };
    ws.overlay.write(file, after);
    return { summary: `${file}: ${before === undefined ? 'created' : 'regenerated'}`, files: [file], moves: [] };
  },
};
