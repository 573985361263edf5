import { stageRewrite } from '../codemod/rewrite-tree';
import { StateError } from '../errors';
import type { RewriteImportsStep } from '../plan/types';
import type { Operation } from './types';

/** Seed Phase IV: repoint every import matching a module pattern to the corresponding module under `to`. */
export const rewriteImportsOperation: Operation<RewriteImportsStep> = {
  kind: 'rewrite-imports',
  describe(step, show = (p: string) => p) {
    const files = step.files?.length ? ` in ${step.files.join(', ')}` : '';
    return `rewrite imports of ${step.from} → ${step.to === undefined ? '(to be decided)' : show(step.to)}${files}`;
  },
  stage({ ws }, step) {
    if (step.to === undefined) throw new StateError('rewrite-imports has no "to"');
    const edited = stageRewrite(ws, { from: step.from, to: step.to, files: step.files });
    const imports = edited.reduce((n, e) => n + e.count, 0);
    if (imports === 0) return { summary: `no import of ${step.from} left to rewrite`, files: [], moves: [] };
    const what = `${imports} import${imports === 1 ? '' : 's'} in ${edited.length} file${edited.length === 1 ? '' : 's'}`;
    return { summary: `${what} repointed to ${step.to}`, files: edited.map((e) => e.file), moves: [] };
  },
};
