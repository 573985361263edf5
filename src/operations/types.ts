import type { Plan, Step } from '../plan/types';
import type { RelPath } from '../workspace/paths';
import type { Workspace } from '../workspace/workspace';

/** What a step kind's operation gets: the workspace whose overlay it stages on, and the plan. */
export interface StepContext {
  ws: Workspace;
  plan: Plan;
}

/** What staging one step did. */
export interface StepOutcome {
  /** One line for humans: what changed, or why nothing did. */
  summary: string;
  /** Files the step created, changed, moved or deleted (staged paths). */
  files: RelPath[];
  /** File moves the step made, so later stages (the gate, reports) can follow a file. */
  moves: { from: RelPath; to: RelPath }[];
  /** What the step left for a person to check, one line each (`README.md:3 still names src/a/x.ts …`). */
  notes?: string[];
}

/** The files directly in a folder of the tree a plan runs on (a barrel's file name depends on them). */
export type FolderFiles = (dir: RelPath) => RelPath[];

/** One step kind: a pure function of the staged tree and the step, staging its edits on the overlay. */
export interface Operation<S extends Step = Step> {
  kind: S['kind'];
  /**
   * A one-line description of the step as planned (`move drivers/a.ts → engines/a.ts`); `show` writes a
   * path as the plan does, `folderFiles` lists the tree (without it, a barrel is described as `index.ts`).
   */
  describe(step: S, show?: (p: RelPath) => string, folderFiles?: FolderFiles): string;
  /** Stages the step; throws StateError (exit 3) when the tree is not in a state it can apply to. */
  stage(ctx: StepContext, step: S): StepOutcome;
  /** Stages consecutive steps of this kind as one plan (one outcome per step), when that is cheaper or safer. */
  stageBatch?(ctx: StepContext, steps: S[]): StepOutcome[];
}
