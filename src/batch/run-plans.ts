import { runPhases, type PhaseRun, type RunOptions } from '../engine/run-phase';
import { ExitCode, RemediateError } from '../errors';
import { loadPlan } from '../plan/load';
import { selectPhase } from '../plan/select-phase';
import type { Plan } from '../plan/types';
import { Workspace } from '../workspace/workspace';

/** Which phases to run in every plan of a batch: one selector (`phase-2`, `II`, `2`) or all. */
export type PhaseChoice = { phase: string } | { all: true };

/** One plan of a batch: its runs, or the error that stopped it, and its own exit code. */
export interface PlanOutcome {
  /** The plan file as given (shown in the summary). */
  file: string;
  plan?: Plan;
  runs: PhaseRun[];
  exitCode: number;
  error?: string;
}

/**
 * Runs the same phases of several plans, one after the other, each applied or refused on its own:
 * a refused or broken plan does not stop the next. Errors that are bugs (not RemediateErrors) still throw.
 */
export async function runPlans(files: { path: string; display: string }[], choice: PhaseChoice, opts: RunOptions = {}): Promise<{ outcomes: PlanOutcome[]; exitCode: number }> {
  const outcomes: PlanOutcome[] = [];
  for (const f of files) outcomes.push(await runOne(f, choice, opts));
  return { outcomes, exitCode: Math.max(ExitCode.ok, ...outcomes.map((o) => o.exitCode)) };
}

async function runOne(file: { path: string; display: string }, choice: PhaseChoice, opts: RunOptions): Promise<PlanOutcome> {
  let plan: Plan | undefined;
  try {
    plan = loadPlan(file.path, file.display);
    const phases = 'all' in choice ? plan.phases : [selectPhase(plan, choice.phase)];
    const workspace = await Workspace.load(plan.root, plan);
    const { runs } = runPhases(plan, phases, { ...opts, workspace });
    const exitCode = runs.some((r) => r.status === 'refused') ? ExitCode.violations : ExitCode.ok;
    return { file: file.display, plan, runs, exitCode };
  } catch (err) {
    if (!(err instanceof RemediateError)) throw err;
    return { file: file.display, plan, runs: [], exitCode: err.exitCode, error: err.message };
  }
}
