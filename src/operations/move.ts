import * as path from 'node:path';
import { stageMoves, type StagedMove } from '../codemod/stage-moves';
import { toPosix } from '../workspace/paths';
import type { MoveStep } from '../plan/types';
import type { Operation, StepContext, StepOutcome } from './types';

/**
 * Seed Phases II and V: move a file or a folder and update every import of the code base that named
 * a moved file (relative, alias, baseUrl; every reference form the import index knows: statements,
 * calls, module augmentations, triple-slash references, JSDoc import types), the moved files' own
 * relative imports, and the configuration files naming a moved file or folder; other text files
 * still naming one are listed in the outcome's notes.
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
  // The plan names what it moves: its own mentions are no news (a plan built in memory has no file).
  const planFile = ctx.plan.file === undefined ? undefined : toPosix(path.relative(ctx.ws.root, ctx.plan.file));
  const staged = stageMoves(ctx.ws, steps, (file) => file === planFile);
  return steps.map((step, i) => outcome(step, staged[i]));
}

function outcome(step: MoveStep, staged: StagedMove): StepOutcome {
  const notes = staged.notes.length ? { notes: staged.notes } : {};
  if (staged.alreadyDone) return { summary: `${step.from}: already moved to ${step.to}`, files: [], moves: [], ...notes };
  const targets = staged.moves.map((m) => m.to);
  const importers = staged.importers.filter((f) => !targets.includes(f));
  const moved = staged.moves.length === 1 ? 'moved' : `${staged.moves.length} files moved`;
  const updated = importers.length === 1 ? '1 importer updated' : `${importers.length} importers updated`;
  const configs = staged.configs.length === 0 ? '' : staged.configs.length === 1 ? '; 1 configuration file updated' : `; ${staged.configs.length} configuration files updated`;
  const files = [...targets, ...importers, ...staged.configs.filter((f) => !importers.includes(f))];
  return { summary: `${moved} to ${step.to}; ${updated}${configs}`, files, moves: staged.moves, ...notes };
}
