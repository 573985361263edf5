import { applyChanges } from '../changeset/apply';
import { dirtyPaths } from '../changeset/git';
import { StateError } from '../errors';
import { operationFor } from '../operations';
import type { Phase, Plan, SourceLoc, Step } from '../plan/types';
import { compareResults, type GateResult } from '../validate/gate';
import type { ValidationResult } from '../validate/types';
import { validate } from '../validate/validate';
import type { FileChange } from '../workspace/overlay';
import type { RelPath } from '../workspace/paths';
import { Workspace } from '../workspace/workspace';

export interface StepReport {
  index: number;
  kind: Step['kind'];
  description: string;
  status: 'changed' | 'unchanged' | 'deferred';
  summary: string;
  files: RelPath[];
  reason?: string;
  deferred?: string;
}

export interface PhaseRun {
  phase: { id: string; title: string };
  /** applied: written; dry-run: staged only; refused: the gate said no; unchanged: nothing to do. */
  status: 'applied' | 'dry-run' | 'refused' | 'unchanged';
  steps: StepReport[];
  /** This phase's changes against the tree it started from. */
  changes: FileChange[];
  moves: { from: RelPath; to: RelPath }[];
  gate: GateResult;
  after: ValidationResult;
}

export interface RunOptions {
  dryRun?: boolean;
  allowDirty?: boolean;
  /** Test hook passed to the writer: fail at the Nth file operation. */
  failAt?: number;
  /** Test hook passed to the writer: SIGKILL the process at the Nth file operation. */
  killAt?: number;
  /** Called before each step, for a progress line on a terminal. */
  onProgress?: (message: string) => void;
}

/**
 * Runs phases in order: each is staged on the overlay (so it sees the phases before it), checked by
 * the gate against the tree it started from, then written atomically (or, in a dry run, kept staged).
 * The first refused phase stops the run; phases already written stay written.
 */
export function runPhases(plan: Plan, phases: Phase[], opts: RunOptions = {}): { runs: PhaseRun[]; ws: Workspace } {
  let ws = Workspace.open(plan.root);
  const runs: PhaseRun[] = [];
  let before = validate(ws, plan);
  for (const phase of phases) {
    const start = opts.dryRun ? new Map(ws.overlay.changes().map((c) => [c.path, c])) : undefined;
    const run = stagePhase(ws, plan, phase, before, opts.onProgress);
    if (start) run.changes = run.changes.filter((c) => start.get(c.path)?.after !== c.after || start.get(c.path)?.from !== c.from);
    runs.push(run);
    if (run.status === 'refused') break;
    if (opts.dryRun || run.changes.length === 0) {
      before = run.after;
      continue;
    }
    if (!opts.allowDirty) refuseDirty(plan.root, run.changes);
    applyChanges(plan.root, run.changes, { failAt: opts.failAt, killAt: opts.killAt });
    run.status = 'applied';
    ws = Workspace.open(plan.root);
    before = run.after;
  }
  return { runs, ws };
}

function stagePhase(ws: Workspace, plan: Plan, phase: Phase, before: ValidationResult, onProgress?: (m: string) => void): PhaseRun {
  const steps: StepReport[] = [];
  const moves: { from: RelPath; to: RelPath }[] = [];
  phase.steps.forEach((step, index) => {
    const op = operationFor(step);
    const description = op ? op.describe(step) : step.kind;
    const base = { index, kind: step.kind, description, reason: step.reason };
    if (step.deferred !== undefined) {
      steps.push({ ...base, status: 'deferred', summary: `deferred: ${step.deferred}`, files: [], deferred: step.deferred });
      return;
    }
    onProgress?.(`${phase.id} step ${index + 1}/${phase.steps.length}: ${description}`);
    if (!op) throw new StateError(`${where(step.loc)}: step kind "${step.kind}" is not available in this version of remediate`);
    try {
      const out = op.stage({ ws, plan }, step);
      moves.push(...out.moves);
      steps.push({ ...base, status: out.files.length ? 'changed' : 'unchanged', summary: out.summary, files: out.files });
    } catch (err) {
      if (err instanceof StateError) throw new StateError(`${where(step.loc)}: ${phase.id} step ${index + 1} (${description}): ${err.message}`);
      throw err;
    }
  });
  onProgress?.(`${phase.id}: verifying the staged tree`);
  const after = validate(ws, plan);
  const expects = phase.steps.flatMap((s) => (s.kind === 'verify' && s.deferred === undefined ? [s.expect] : []));
  const gate = compareResults(before, after, followMoves(moves), expects);
  const changes = ws.overlay.changes();
  const status = !gate.ok ? 'refused' : changes.length === 0 ? 'unchanged' : 'dry-run';
  return { phase: { id: phase.id, title: phase.title }, status, steps, changes, moves, gate, after };
}

/** Maps a path through a sequence of file moves. */
function followMoves(moves: { from: RelPath; to: RelPath }[]): (p: RelPath) => RelPath {
  return (p) => moves.reduce((cur, m) => (cur === m.from ? m.to : cur), p);
}

function refuseDirty(root: string, changes: FileChange[]): void {
  const touched = changes.flatMap((c) => (c.from !== undefined ? [c.from, c.path] : [c.path]));
  const dirty = dirtyPaths(root, touched);
  if (dirty.length) {
    const list = dirty.slice(0, 10).join(', ') + (dirty.length > 10 ? `, and ${dirty.length - 10} more` : '');
    throw new StateError(`uncommitted changes in files this phase touches: ${list}. Commit or stash them, or pass --allow-dirty`);
  }
}

function where(loc: SourceLoc): string {
  return `${loc.file}:${loc.line}:${loc.column}`;
}
