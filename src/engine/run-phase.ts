import { applyChanges } from '../changeset/apply';
import { dirtyPaths } from '../changeset/git';
import { filesIn } from '../codemod/barrel-language';
import { StateError, UsageError } from '../errors';
import { frozenBreaches, type FrozenBreach } from '../frozen/check';
import { assertCanCommit, commitPhase } from '../git/commit-phase';
import { appendLedger } from '../ledger/ledger';
import { ledgerRecord } from '../ledger/record';
import { operationFor } from '../operations';
import type { Operation, StepOutcome } from '../operations/types';
import type { Phase, Plan, SourceLoc, Step } from '../plan/types';
import { compareResults, type GateResult } from '../validate/gate';
import type { ValidationResult } from '../validate/types';
import { validate } from '../validate/validate';
import type { FileChange } from '../workspace/overlay';
import type { RelPath } from '../workspace/paths';
import { Workspace } from '../workspace/workspace';
import { alreadyDone } from '../status/already-done';
import { displayPath } from '../status/display';
import type { TypeCheckGate, TypeCheckVerdict } from '../typecheck/gate';
import { touchedPaths } from './touched-paths';

export interface StepReport {
  index: number;
  kind: Step['kind'];
  description: string;
  status: 'changed' | 'unchanged' | 'deferred';
  summary: string;
  files: RelPath[];
  reason?: string;
  deferred?: string;
  /** What the step left for a person to check (StepOutcome.notes). */
  notes?: string[];
}

export interface PhaseRun {
  phase: { id: string; title: string };
  /** applied: written; dry-run: staged only; refused: the gate or a freeze said no; unchanged: nothing to do. */
  status: 'applied' | 'dry-run' | 'refused' | 'unchanged';
  steps: StepReport[];
  /** This phase's changes against the tree it started from. */
  changes: FileChange[];
  moves: { from: RelPath; to: RelPath }[];
  gate: GateResult;
  /** Changes to frozen files their entries do not allow; any one refuses the phase. */
  frozen: FrozenBreach[];
  after: ValidationResult;
  /** The type-check gate's verdict, when the phase was type-checked (`--typecheck`, `typecheck: true`). */
  typecheck?: TypeCheckVerdict;
  /** The commit `commit: true` made for the applied phase. */
  commit?: string;
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
  /** Told at once when opening the code base rolled back an interrupted apply. */
  onRecovery?: (message: string) => void;
  /** Commit each applied phase (the touched files only) in the code base's git work tree. */
  commit?: boolean;
  /** The clock the ledger records (tests pin it). */
  now?: () => Date;
  /** Type-check every phase, as `typecheck: true` on the plan does: a phase that adds a TypeScript diagnostic is refused. */
  typecheck?: boolean;
  /** The code base, opened with Workspace.load (its languages prepared); opened here when not given. */
  workspace?: Workspace;
}

/**
 * Runs phases in order: each is staged on the overlay (so it sees the phases before it), checked by
 * the gate against the tree it started from and by the plan's freezes, then written atomically (or,
 * in a dry run, kept staged), committed if asked, and recorded in the ledger. The first refused
 * phase stops the run; phases already written stay written.
 */
export function runPhases(plan: Plan, phases: Phase[], opts: RunOptions = {}): { runs: PhaseRun[]; ws: Workspace } {
  if (opts.commit && !opts.dryRun) {
    if (opts.allowDirty) throw new UsageError('--commit and --allow-dirty do not mix: a commit would take in the uncommitted changes');
    assertCanCommit(plan.root);
  }
  let ws = opts.workspace ?? Workspace.open(plan.root, plan);
  if (ws.recovery) opts.onRecovery?.(ws.recovery.message);
  const runs: PhaseRun[] = [];
  let before = validate(ws, plan);
  // Files this run wrote are "uncommitted" by its own doing; only changes made before it count as dirty.
  const written = new Set<RelPath>();
  // The gate (and TypeScript's compiler) loads only when a phase asks for it.
  let types: TypeCheckGate | undefined;
  for (const phase of phases) {
    const start = opts.dryRun ? new Map(ws.overlay.changes().map((c) => [c.path, c])) : undefined;
    if (opts.typecheck || plan.typecheck || phase.typecheck) types ??= new (require('../typecheck/gate') as typeof import('../typecheck/gate')).TypeCheckGate();
    const typecheck = types !== undefined && startTypecheck(types, ws, plan, phase, opts);
    const run = stagePhase(ws, plan, phase, before, opts.onProgress);
    if (typecheck) typeGate(run, ws, types!, opts.onProgress);
    if (start) {
      // In a dry run the overlay holds every phase so far; this phase's changes are those it made.
      run.changes = run.changes.filter((c) => start.get(c.path)?.after !== c.after || start.get(c.path)?.from !== c.from);
      if (run.status === 'dry-run' && run.changes.length === 0) run.status = 'unchanged';
    }
    runs.push(run);
    if (run.status === 'refused') break;
    if (opts.dryRun || run.changes.length === 0) {
      before = run.after;
      continue;
    }
    if (!opts.allowDirty) refuseDirty(plan.root, run.changes, written);
    applyChanges(plan.root, run.changes, { failAt: opts.failAt, killAt: opts.killAt });
    touchedPaths(run.changes).forEach((p) => written.add(p));
    run.status = 'applied';
    record(plan, run, opts);
    // The next phase starts from the written tree; after the last one there is nothing to reopen for.
    if (phase !== phases[phases.length - 1]) ws = Workspace.open(plan.root, plan);
    before = run.after;
  }
  return { runs, ws };
}

function stagePhase(ws: Workspace, plan: Plan, phase: Phase, before: ValidationResult, onProgress?: (m: string) => void): PhaseRun {
  const steps: StepReport[] = [];
  const moves: { from: RelPath; to: RelPath }[] = [];
  const batched = new Map<number, StepOutcome>();
  const phaseIndex = plan.phases.indexOf(phase);
  phase.steps.forEach((step, index) => {
    const op = operationFor(step);
    const description = op ? op.describe(step, (p) => displayPath(plan, p), (dir) => filesIn(ws.overlay.files(), dir)) : step.kind;
    const base = { index, kind: step.kind, description, reason: step.reason };
    if (step.deferred !== undefined) {
      steps.push({ ...base, status: 'deferred', summary: `deferred: ${step.deferred}`, files: [], deferred: step.deferred });
      return;
    }
    onProgress?.(`${phase.id} step ${index + 1}/${phase.steps.length}: ${description}`);
    const done = batched.has(index) ? undefined : alreadyDone(plan, ws, phaseIndex, index, step);
    if (done) {
      steps.push({ ...base, status: 'unchanged', summary: `already done: ${done.detail}`, files: [] });
      return;
    }
    if (!op) throw new StateError(`${where(step.loc)}: step kind "${step.kind}" is not available in this version of remediate`);
    try {
      const out = batched.get(index) ?? stageRun(ws, plan, phase, phaseIndex, index, op, batched);
      moves.push(...out.moves);
      steps.push({ ...base, status: out.files.length ? 'changed' : 'unchanged', summary: out.summary, files: out.files, ...(out.notes?.length ? { notes: out.notes } : {}) });
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
  const frozen = frozenBreaches(plan, changes, moves);
  const status = !gate.ok || frozen.length ? 'refused' : changes.length === 0 ? 'unchanged' : 'dry-run';
  return { phase: { id: phase.id, title: phase.title }, status, steps, changes, moves, gate, frozen, after };
}

/** When the phase is type-checked (`--typecheck`, or `typecheck: true` on the plan or the phase), checks the tree it starts from. */
function startTypecheck(types: TypeCheckGate, ws: Workspace, plan: Plan, phase: Phase, opts: RunOptions): boolean {
  if (!(opts.typecheck || plan.typecheck || phase.typecheck)) {
    types.forget();
    return false;
  }
  opts.onProgress?.(`${phase.id}: type-checking the tree it starts from`);
  types.start(ws);
  return true;
}

/** Type-checks the staged phase; one that adds a diagnostic is refused. */
function typeGate(run: PhaseRun, ws: Workspace, types: TypeCheckGate, onProgress?: (m: string) => void): void {
  onProgress?.(`${run.phase.id}: type-checking the staged tree`);
  run.typecheck = types.finish(ws, followMoves(run.moves));
  if (!run.typecheck.ok) run.status = 'refused';
}

/**
 * Stages a step; an operation with `stageBatch` takes the run of consecutive, not-yet-done steps of its
 * kind that starts here as one plan (several moves of a phase are planned together and resolved once),
 * and the later steps of the run pick up their outcomes from `batched`.
 */
function stageRun(ws: Workspace, plan: Plan, phase: Phase, phaseIndex: number, index: number, op: Operation, batched: Map<number, StepOutcome>): StepOutcome {
  const step = phase.steps[index];
  if (!op.stageBatch) return op.stage({ ws, plan }, step);
  const run = [index];
  for (let j = index + 1; j < phase.steps.length; j++) {
    const s = phase.steps[j];
    if (s.kind !== step.kind || s.deferred !== undefined || alreadyDone(plan, ws, phaseIndex, j, s)) break;
    run.push(j);
  }
  op.stageBatch({ ws, plan }, run.map((j) => phase.steps[j])).forEach((o, k) => batched.set(run[k], o));
  return batched.get(index)!;
}

/**
 * After a phase is written: its commit, then its ledger line. Both happen outside the atomic apply,
 * which is safe because the phase is already whole on disk; a failed commit is still recorded.
 */
function record(plan: Plan, run: PhaseRun, opts: RunOptions): void {
  let failure: unknown;
  try {
    if (opts.commit) run.commit = commitPhase(plan, run);
  } catch (err) {
    failure = err;
  }
  appendLedger(plan.root, ledgerRecord(plan, run, (opts.now ?? (() => new Date()))(), run.commit));
  if (failure) throw failure;
}

/** Maps a path through a sequence of file moves. */
function followMoves(moves: { from: RelPath; to: RelPath }[]): (p: RelPath) => RelPath {
  return (p) => moves.reduce((cur, m) => (cur === m.from ? m.to : cur), p);
}

function refuseDirty(root: string, changes: FileChange[], writtenByRun: Set<RelPath>): void {
  const dirty = dirtyPaths(root, touchedPaths(changes).filter((p) => !writtenByRun.has(p)));
  if (dirty.length) {
    const list = dirty.slice(0, 10).join(', ') + (dirty.length > 10 ? `, and ${dirty.length - 10} more` : '');
    throw new StateError(`uncommitted changes in files this phase touches: ${list}. Commit or stash them, or pass --allow-dirty`);
  }
}

function where(loc: SourceLoc): string {
  return `${loc.file}:${loc.line}:${loc.column}`;
}
