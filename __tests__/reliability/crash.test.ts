import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { assertBuilt, limiter, spawnCli, type ChildRun } from '../helpers/child';
import { runCli } from '../helpers/cli';
import { largePlan, largeProject, writeGenerated } from '../helpers/large-tree';
import { seededRandom } from '../helpers/prng';
import { snapshotDiff, snapshotTree, type TreeSnapshot } from '../helpers/snapshot';

// Crash safety: a child process applies a large phase (a folder move repointing ~150 importers, and
// header edits) and is SIGKILLed at seeded random moments; the next command recovers, and the tree
// is byte for byte the one before the phase or the one after it. REMEDIATE_RELIABILITY_SEED replays
// another sequence.

const SEED = Number(process.env.REMEDIATE_RELIABILITY_SEED ?? 20250607);
const KILL_TRIALS = 16;
/** Killed by a timer from the spawn, and (more of them: the window is short) from the journal's writing. */
const TIMER_TRIALS = { spawn: 2, journal: 3 };
/** The ledger is history written after the phase, not code; `.remediate` holds it. */
const IGNORED = ['code/.remediate/ledger.jsonl', 'code/.remediate'];

interface Setup {
  before: TreeSnapshot;
  after: TreeSnapshot;
  beforeRoot: string;
  /** File operations of the phase's journal (a rename counts twice: its source and its target). */
  ops: number;
  /** Wall time of a whole run, and from the journal appearing to its removal (the renames). */
  runMs: number;
  renameMs: number;
}

type Trial =
  | { name: string; kind: 'kill-at-write'; n: number; recover: string[] }
  | { name: string; kind: 'timer'; from: 'spawn' | 'journal'; fraction: number; recover: string[] };

const rand = seededRandom(SEED);
const RECOVER = [['verify'], ['run', 'phase-1', '--dry-run']];
const trials: Trial[] = [
  ...Array.from({ length: KILL_TRIALS }, (_, i): Trial => {
    // The first and last operations always, then seeded random ones (resolved once ops is known).
    const fraction = i === 0 ? 0 : i === 1 ? 1 : rand();
    return { name: `kill at write #${i + 1} (fraction ${fraction.toFixed(3)})`, kind: 'kill-at-write', n: fraction, recover: RECOVER[i % 4 === 3 ? 1 : 0] };
  }),
  ...Array.from({ length: TIMER_TRIALS.spawn }, (_, i): Trial => {
    const fraction = 0.3 + rand() * 0.8;
    return { name: `timer from spawn #${i + 1} (${fraction.toFixed(3)} of a run)`, kind: 'timer', from: 'spawn', fraction, recover: RECOVER[0] };
  }),
  ...Array.from({ length: TIMER_TRIALS.journal }, (_, i): Trial => {
    const fraction = rand() * 0.8;
    return { name: `timer from the journal #${i + 1} (${fraction.toFixed(3)} of the renames)`, kind: 'timer', from: 'journal', fraction, recover: RECOVER[i % 2] };
  }),
];

const pool = limiter(2);
let setupPromise: Promise<Setup> | undefined;

/** Builds the tree once, and the tree after the phase by applying it to a copy in a child process. */
function setup(): Promise<Setup> {
  setupPromise ??= (async () => {
    assertBuilt();
    const beforeRoot = writeGenerated(largeProject(SEED), largePlan());
    const before = snapshotTree(beforeRoot, IGNORED);
    const copy = copyOf(beforeRoot);
    let renameMs = 2;
    const stop = onJournal(copy, () => {
      // The writer removes its journal once every rename is done.
      const start = Date.now();
      const journal = path.join(copy, 'code/.remediate/txn/journal.json');
      const tick = () => (fs.existsSync(journal) ? setImmediate(tick) : (renameMs = Math.max(renameMs, Date.now() - start)));
      tick();
    });
    const run = await spawnCli(['run', 'phase-1', '--json'], copy);
    stop();
    expect([run.code, run.stderr]).toEqual([0, '']);
    const changes = JSON.parse(run.stdout).phases[0].changes as { from?: string }[];
    const ops = changes.length + changes.filter((c) => c.from !== undefined).length;
    const runMs = run.ms;
    return { before, after: snapshotTree(copy, IGNORED), beforeRoot, ops, runMs, renameMs };
  })();
  return setupPromise;
}

function copyOf(root: string): string {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'remediate-crash-'));
  fs.cpSync(root, copy, { recursive: true });
  return copy;
}

const ROLLED_BACK = (ops: number) => `remediate: an interrupted apply was rolled back (${ops} file operations undone); the code base is as it was before that phase\n`;
const DISCARDED = 'remediate: an interrupted apply that had not started writing was discarded\n';
const CLEANED_UP = 'remediate: the clean-up of a finished apply was interrupted and is now done; the phase is written\n';

/**
 * Calls `then` once, as soon as the writer has written its journal (`code/.remediate/txn/journal.json`),
 * the moment after which a kill must be rolled back; returns a function that stops watching. A watch
 * sees `.remediate` appear; from then on the journal is polled (the renames take milliseconds).
 */
function onJournal(root: string, then: () => void): () => void {
  const txn = path.join(root, 'code/.remediate/txn');
  let stopped = false;
  let sawTxn = false;
  const poll = () => {
    if (stopped) return;
    if (fs.existsSync(path.join(txn, 'journal.json'))) {
      stopped = true;
      then();
    } else if (fs.existsSync(txn) || !sawTxn) {
      sawTxn ||= fs.existsSync(txn);
      setImmediate(poll);
    }
  };
  const watcher = fs.watch(path.join(root, 'code'), (_, name) => {
    if (name !== '.remediate') return;
    watcher.close();
    poll();
  });
  return () => {
    stopped = true;
    watcher.close();
  };
}

/** Kills the child with a timer: from its spawn, or from the moment the writer's journal appears. */
function killByTimer(s: Setup, trial: Extract<Trial, { kind: 'timer' }>, root: string) {
  return (child: import('node:child_process').ChildProcess) => {
    let timer: NodeJS.Timeout | undefined;
    const kill = () => (timer = setTimeout(() => child.kill('SIGKILL'), trial.fraction * (trial.from === 'spawn' ? s.runMs : s.renameMs)));
    const stop = trial.from === 'spawn' ? (kill(), () => undefined) : onJournal(root, kill);
    child.on('close', () => {
      stop();
      clearTimeout(timer);
    });
  };
}

/** Runs one trial: the child, then the next command, then the tree must be the one before or after. */
async function runTrial(trial: Trial): Promise<void> {
  const s = await setup();
  const root = copyOf(s.beforeRoot);
  let child: ChildRun;
  let n = 0;
  if (trial.kind === 'kill-at-write') {
    n = Math.min(s.ops, 1 + Math.floor(trial.n * s.ops));
    child = await pool(() => spawnCli(['run', 'phase-1'], root, { REMEDIATE_KILL_AT_WRITE: String(n) }));
    expect(child.signal).toBe('SIGKILL');
  } else {
    child = await pool(() => spawnCli(['run', 'phase-1'], root, {}, killByTimer(s, trial, root)));
  }
  const next = await runCli(trial.recover, root);
  const now = snapshotTree(root, IGNORED);
  const isBefore = snapshotDiff(now, s.before, 1).length === 0;
  const isAfter = snapshotDiff(now, s.after, 1).length === 0;
  expect(next.code).toBe(0);
  // Trees of passed trials go (300 files each); a failed trial's stays for a look.
  if (isBefore || isAfter) fs.rmSync(root, { recursive: true, force: true });
  if (trial.kind === 'kill-at-write') {
    // The journal is written before the first operation, so any kill there rolls back.
    expect({ n, stderr: next.stderr, diff: snapshotDiff(now, s.before) }).toEqual({ n, stderr: ROLLED_BACK(s.ops), diff: [] });
    return;
  }
  if (child.signal === null) {
    // The run finished before the timer: the phase is written and there is nothing to recover.
    expect([child.code, next.stderr, isAfter]).toEqual([0, '', true]);
    return;
  }
  // A timer may fire after the commit point (the journal marked committed), during the clean-up.
  expect(['', ROLLED_BACK(s.ops), DISCARDED, CLEANED_UP]).toContain(next.stderr);
  if (next.stderr === ROLLED_BACK(s.ops)) expect(snapshotDiff(now, s.before)).toEqual([]);
  else if (next.stderr === CLEANED_UP) expect(snapshotDiff(now, s.after)).toEqual([]);
  else expect(isBefore || isAfter ? [] : snapshotDiff(now, s.before)).toEqual([]);
}

describe(`crash safety of a ~300-file phase (seed ${SEED})`, () => {
  const killed = trials.filter((t) => t.kind === 'kill-at-write');
  it.concurrent.each(killed)('$name: the next command rolls the phase back', (trial) => runTrial(trial), 240_000);
  // One at a time: the timers and the journal watch need this process's event loop free.
  it.each(trials.filter((t) => t.kind === 'timer'))('$name: the next command leaves the tree before or after the phase', (trial) => runTrial(trial), 120_000);

  it('a phase recovered after a kill applies cleanly on the next run', async () => {
    const s = await setup();
    const root = copyOf(s.beforeRoot);
    const killed = await pool(() => spawnCli(['run', 'phase-1'], root, { REMEDIATE_KILL_AT_WRITE: String(Math.ceil(s.ops / 2)) }));
    expect(killed.signal).toBe('SIGKILL');
    const r = await runCli(['run', 'phase-1'], root);
    expect([r.code, r.stderr]).toEqual([0, ROLLED_BACK(s.ops)]);
    expect(snapshotDiff(snapshotTree(root, IGNORED), s.after)).toEqual([]);
  }, 240_000);

  it.each([0.2, 0.6, 1])('a kill during recovery (at %p of its undos) is recovered by the command after it', async (fraction) => {
    const s = await setup();
    const root = copyOf(s.beforeRoot);
    const killed = await pool(() => spawnCli(['run', 'phase-1'], root, { REMEDIATE_KILL_AT_WRITE: String(s.ops) }));
    expect(killed.signal).toBe('SIGKILL');
    // A recovery of its own, killed part of the way through its undos.
    const undo = Math.max(1, Math.ceil(fraction * s.ops));
    const apply = JSON.stringify(path.resolve(__dirname, '../../dist/src/changeset/apply'));
    const recover = `require(${apply}).recoverInterruptedApply(${JSON.stringify(path.join(root, 'code'))}, { killAt: ${undo} });`;
    expect(spawnSync(process.execPath, ['-e', recover]).signal).toBe('SIGKILL');
    const r = await runCli(['verify'], root);
    expect([r.code, r.stderr]).toEqual([0, ROLLED_BACK(s.ops)]);
    expect(snapshotDiff(snapshotTree(root, IGNORED), s.before)).toEqual([]);
  }, 240_000);
});
