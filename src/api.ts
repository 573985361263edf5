import { runPhases, type PhaseRun, type RunOptions } from './engine/run-phase';
import { planGraphs } from './graph/plan-graphs';
import { readLedger } from './ledger/ledger';
import { selectPhase } from './plan/select-phase';
import type { Plan } from './plan/types';
import { renderSeedReport } from './report/seed-report';
import { computeStatus } from './status/compute';
import { displayPath } from './status/display';
import { fileSummary } from './status/files';
import type { PlanStatus } from './status/types';
import type { ValidationResult } from './validate/types';
import { validate } from './validate/validate';
import type { RelPath } from './workspace/paths';
import { Workspace } from './workspace/workspace';

// The one-call forms of what the CLI does, for migration scripts: each opens the plan's code base.
// A Python code base needs `await prepare(plan)` once per process first (its grammar is WebAssembly).

/** Loads what the plan's code base's languages need (Python's grammar) so the calls below can answer. */
export async function prepare(plan: Plan): Promise<void> {
  await Workspace.load(plan.root, plan);
}

/** Applies one phase (by id, roman numeral or number); `dryRun` stages it and writes nothing. */
export function runPhase(plan: Plan, phase: string, opts: RunOptions = {}): PhaseRun {
  return runPhases(plan, [selectPhase(plan, phase)], opts).runs[0];
}

/** Validates the code base as it is on disk; `path` (root-relative) narrows what counts as in scope. */
export function verify(plan: Plan, opts: { path?: RelPath } = {}): ValidationResult {
  return validate(Workspace.open(plan.root, plan), plan, opts);
}

/** Each phase's and step's status, computed from the code base (read-only). */
export function status(plan: Plan): PlanStatus {
  return computeStatus(plan);
}

/** The seed-style markdown report, as `remediate report` prints it. */
export function report(plan: Plan, ws: Workspace = Workspace.open(plan.root, plan)): string {
  const s = computeStatus(plan, ws);
  const ledger = readLedger(plan.root).filter((r) => r.plan === plan.name);
  return renderSeedReport({ status: s, files: fileSummary(s, ws, ledger), ledger, show: (p) => displayPath(plan, p), graphs: planGraphs(plan, ws, ledger) });
}
