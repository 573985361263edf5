import { commitPaths, isGitWorkTree } from '../changeset/git';
import type { PhaseRun } from '../engine/run-phase';
import { touchedPaths } from '../engine/touched-paths';
import { StateError } from '../errors';
import type { Plan } from '../plan/types';

/** `remediate(<plan>): <phase id> <title>`, then one line per step. */
export function commitMessage(plan: Plan, run: PhaseRun): string {
  const steps = run.steps.map((s) => `- ${s.description}: ${s.summary}`);
  return `remediate(${plan.name}): ${run.phase.id} ${run.phase.title}\n\n${steps.join('\n')}\n`;
}

/** Refuses `--commit` before anything is written when the code base is not in a git work tree. */
export function assertCanCommit(root: string): void {
  if (!isGitWorkTree(root)) throw new StateError(`--commit needs the code base in a git work tree, and ${root} is not in one`);
}

/** Commits the files an applied phase touched (and nothing else); returns the commit id. */
export function commitPhase(plan: Plan, run: PhaseRun): string {
  try {
    return commitPaths(plan.root, touchedPaths(run.changes), commitMessage(plan, run));
  } catch (err) {
    throw new StateError(`${run.phase.id} was written but could not be committed: ${(err as Error).message}`);
  }
}
