import { stageMoves, type StagedMove } from '../codemod/stage-moves';
import type { MoveStep } from '../plan/types';
import type { Operation, StepContext, StepOutcome } from './types';

/**
 * Seed Phases II and V: move a file or a folder and update every import of the code base that named
 * a moved file (relative, alias, baseUrl; import, export … from, import(), require(), jest.mock()),
 * and the moved files' own relative imports.
 */
export const moveOperation: Operation<MoveStep> = {
  kind: 'move',
  describe(step, show = (p: string) => p) {
    return `move ${show(step.from)} → ${show(step.to)}`;
  },
  stage(ctx, step) {
    return stageMoveSteps(ctx, [step])[0];
  },
  stageBatch: (ctx, steps) => stageMoveSteps(ctx, steps),
};

/**
 * Stages consecutive move steps of a phase as one plan (one index before, one after, each importer
 * edited once); one outcome per step, as if each had been staged alone.
 */
export function stageMoveSteps(ctx: StepContext, steps: MoveStep[]): StepOutcome[] {
  const staged = stageMoves(ctx.ws, steps);
  return steps.map((step, i) => outcome(step, staged[i]));
}

function outcome(step: MoveStep, staged: StagedMove): StepOutcome {
  if (staged.alreadyDone) return { summary: `${step.from}: already moved to ${step.to}`, files: [], moves: [] };
  const targets = staged.moves.map((m) => m.to);
  const importers = staged.importers.filter((f) => !targets.includes(f));
  const moved = staged.moves.length === 1 ? 'moved' : `${staged.moves.length} files moved`;
  const updated = importers.length === 1 ? '1 importer updated' : `${importers.length} importers updated`;
  const notes = staged.notes.length ? { notes: staged.notes } : {};
  return { summary: `${moved} to ${step.to}; ${updated}`, files: [...targets, ...importers], moves: staged.moves, ...notes };
}
