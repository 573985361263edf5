import * as fs from 'node:fs';
import * as path from 'node:path';
import { StateError } from '../errors';
import { decodeFile, encodeFile } from '../workspace/file-codec';
import type { FileChange } from '../workspace/overlay';
import { dirOf, type RelPath } from '../workspace/paths';

// The one module that writes to the code base. A phase is written all or nothing, with an undo
// journal: before the first file operation, a journal lists every operation with what undoes it
// (the old text of a file edited in place). Files that leave their path (move sources, deletions,
// paths a move lands on) are first renamed into the journal's folder, then moved files are renamed
// to their targets and edited files are rewritten in place. Renames and in-place writes keep each
// file's inode, so its mode stays, and they are cheap: creating a file costs about a millisecond on
// some file systems, which is why new text is not staged in temp files. An error rolls back; a crash
// leaves the journal, and the next command that opens the code base rolls back from it
// (recoverInterruptedApply), so the tree is always the one before or the one after.

const TXN = '.remediate/txn';
/** Written once every path to vacate is vacated: from then on, undoing a placement is unambiguous. */
const VACATED = 'vacated';

type JournalEntry =
  /** `path` renamed to `<txn>/<backup>`: a move's source, a deletion, or a path a move lands on. */
  | { op: 'vacate'; path: RelPath; backup: string }
  /** `<txn>/<backup>` (a vacated source) renamed to `path`, then given new text when `before` is set. */
  | { op: 'place'; path: RelPath; backup: string; before?: string }
  /** `path` rewritten in place; `before` is its old text. */
  | { op: 'edit'; path: RelPath; before: string }
  /** `path` created (it did not exist, or was vacated). */
  | { op: 'create'; path: RelPath };

interface Journal {
  version: 2;
  entries: JournalEntry[];
  /** Folders the apply creates, deepest last; removed again on rollback when empty. */
  createdDirs: RelPath[];
}

/** What opening a code base did about an interrupted apply. */
export interface Recovery {
  action: 'rolled-back' | 'discarded' | 'cleaned-up';
  files: number;
  message: string;
}

export interface ApplyOptions {
  /** Test hook: throw before the Nth file operation of the commit (1-based), to prove rollback. */
  failAt?: number;
  /** Test hook: SIGKILL this process before the Nth file operation, to prove crash recovery. */
  killAt?: number;
}

/** An entry of the journal with the operation it records. */
interface Step {
  entry: JournalEntry;
  run(): void;
}

/** Writes a phase's changes atomically; on any error the tree is restored and the error rethrown. */
export function applyChanges(root: string, changes: FileChange[], opts: ApplyOptions = {}): void {
  if (changes.length === 0) return;
  assertSafeTargets(root, changes);
  assertUnchangedOnDisk(root, changes);
  const txn = path.join(root, TXN);
  if (fs.existsSync(txn)) throw new StateError(`an apply is in progress (${TXN} exists); run the command again to recover it`);
  fs.mkdirSync(path.join(txn, 'old'), { recursive: true });
  const { steps, journal } = plan(root, txn, changes);
  writeJournal(txn, journal);
  let ops = 0;
  let marked = false;
  try {
    for (const step of steps) {
      if (step.entry.op !== 'vacate' && !marked) {
        fs.writeFileSync(path.join(txn, VACATED), '');
        marked = true;
      }
      ops++;
      if (opts.killAt !== undefined && ops >= opts.killAt) process.kill(process.pid, 'SIGKILL');
      if (opts.failAt !== undefined && ops >= opts.failAt) throw new Error(`injected failure at write ${ops}`);
      step.run();
    }
    removeEmptiedDirs(root, changes);
    // Marks the apply finished: from here on, recovery only cleans up.
    fs.renameSync(path.join(txn, 'journal.json'), path.join(txn, 'committed.json'));
  } catch (err) {
    rollback(root, txn, journal);
    fs.rmSync(txn, { recursive: true, force: true });
    removeIfEmpty(path.join(root, '.remediate'));
    throw new StateError(`writing the phase failed and was rolled back: ${(err as Error).message}`);
  }
  fs.rmSync(txn, { recursive: true, force: true });
  removeIfEmpty(path.join(root, '.remediate'));
}

/** Rolls back an apply that was interrupted (a crash, a kill); called whenever a code base is opened. */
export function recoverInterruptedApply(root: string, opts: Pick<ApplyOptions, 'killAt'> = {}): Recovery | undefined {
  const txn = path.join(root, TXN);
  if (!fs.existsSync(txn)) return undefined;
  const journalFile = path.join(txn, 'journal.json');
  let recovery: Recovery;
  if (fs.existsSync(journalFile)) {
    const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as Journal;
    if (journal.version !== 2) throw new StateError(`${TXN}/journal.json is the journal of another version of remediate (${String(journal.version)}); finish or undo that apply with the version that wrote it`);
    rollback(root, txn, journal, opts.killAt);
    recovery = { action: 'rolled-back', files: journal.entries.length, message: `an interrupted apply was rolled back (${journal.entries.length} file operations undone); the code base is as it was before that phase` };
  } else if (fs.existsSync(path.join(txn, 'committed.json'))) {
    recovery = { action: 'cleaned-up', files: 0, message: 'the clean-up of a finished apply was interrupted and is now done; the phase is written' };
  } else {
    recovery = { action: 'discarded', files: 0, message: 'an interrupted apply that had not started writing was discarded' };
  }
  fs.rmSync(txn, { recursive: true, force: true });
  removeIfEmpty(path.join(root, '.remediate'));
  return recovery;
}

/**
 * The phase as journal entries, each with its operation: every vacate first (so no placement can
 * land on a path still occupied), then placements, edits and creations in change order.
 */
function plan(root: string, txn: string, changes: FileChange[]): { steps: Step[]; journal: Journal } {
  const steps: Step[] = [];
  const vacated = new Map<RelPath, string>();
  const created = new Set<RelPath>();
  const abs = (p: RelPath) => path.join(root, p);
  const vacate = (p: RelPath) => {
    if (vacated.has(p)) return;
    const backup = `old/${vacated.size}`;
    vacated.set(p, backup);
    steps.push({ entry: { op: 'vacate', path: p, backup }, run: () => fs.renameSync(abs(p), path.join(txn, backup)) });
  };
  const makeDirs = (p: RelPath) => {
    for (let d = dirOf(p); d !== '' && !fs.existsSync(abs(d)) && !created.has(d); d = dirOf(d)) created.add(d);
  };
  for (const c of changes) if (c.from !== undefined) vacate(c.from);
  for (const c of changes) if (c.after === null) vacate(c.path);
  for (const c of changes) if (c.from !== undefined && fs.existsSync(abs(c.path))) vacate(c.path);
  // Every new text is encoded before the first operation: a text its declared encoding cannot hold is refused with nothing written.
  const encoded = new Map(changes.flatMap((c) => (c.after === null ? [] : [[c.path, encodeFile(c.path, c.after)] as const])));
  for (const c of changes) {
    if (c.after === null) continue;
    const after = encoded.get(c.path)!;
    makeDirs(c.path);
    if (c.from !== undefined) {
      const backup = vacated.get(c.from)!;
      const edited = c.after !== c.before;
      const entry: JournalEntry = { op: 'place', path: c.path, backup, ...(edited ? { before: c.before! } : {}) };
      steps.push({
        entry,
        run: () => {
          fs.mkdirSync(path.dirname(abs(c.path)), { recursive: true });
          fs.renameSync(path.join(txn, backup), abs(c.path));
          if (edited) fs.writeFileSync(abs(c.path), after);
        },
      });
    } else if (c.before !== null && !vacated.has(c.path)) {
      steps.push({ entry: { op: 'edit', path: c.path, before: c.before }, run: () => fs.writeFileSync(abs(c.path), after) });
    } else {
      steps.push({
        entry: { op: 'create', path: c.path },
        run: () => {
          fs.mkdirSync(path.dirname(abs(c.path)), { recursive: true });
          fs.writeFileSync(abs(c.path), after, { mode: c.mode });
          fs.chmodSync(abs(c.path), c.mode);
        },
      });
    }
  }
  const createdDirs = [...created].sort((a, b) => a.length - b.length);
  return { steps, journal: { version: 2, entries: steps.map((s) => s.entry), createdDirs } };
}

/**
 * Undoes entries in reverse. Each undo is safe to repeat and safe for an operation that never ran, so
 * a crash during rollback is recoverable too: a vacate is undone when its backup is there; the other
 * operations only once the VACATED mark says every vacate ran, when a placement's backup being gone
 * means it was placed, and an edited or created path holds nothing the tree before had.
 */
function rollback(root: string, txn: string, journal: Journal, killAt?: number): void {
  const placed = fs.existsSync(path.join(txn, VACATED));
  let ops = 0;
  for (const e of [...journal.entries].reverse()) {
    if (killAt !== undefined && ++ops >= killAt) process.kill(process.pid, 'SIGKILL');
    const target = path.join(root, e.path);
    if (e.op === 'vacate') {
      const backup = path.join(txn, e.backup);
      if (!fs.existsSync(backup)) continue;
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.renameSync(backup, target);
    } else if (!placed) {
      continue;
    } else if (e.op === 'place') {
      const backup = path.join(txn, e.backup);
      if (fs.existsSync(backup) || !fs.existsSync(target)) continue;
      if (e.before !== undefined) fs.writeFileSync(target, encodeFile(e.path, e.before));
      fs.renameSync(target, backup);
    } else if (e.op === 'edit') {
      fs.writeFileSync(target, encodeFile(e.path, e.before));
    } else {
      fs.rmSync(target, { force: true });
    }
  }
  for (const d of [...journal.createdDirs].reverse()) removeIfEmpty(path.join(root, d));
}

function writeJournal(txn: string, journal: Journal): void {
  const tmp = path.join(txn, 'journal.tmp');
  const fd = fs.openSync(tmp, 'w');
  fs.writeSync(fd, JSON.stringify(journal));
  fs.fsyncSync(fd);
  fs.closeSync(fd);
  fs.renameSync(tmp, path.join(txn, 'journal.json'));
}

/** Folders left empty by moves and deletions go too, as `git mv` would leave them. */
function removeEmptiedDirs(root: string, changes: FileChange[]): void {
  const dirs = new Set<RelPath>();
  for (const c of changes) {
    if (c.from !== undefined) dirs.add(dirOf(c.from));
    if (c.after === null) dirs.add(dirOf(c.path));
  }
  for (const start of [...dirs].sort((a, b) => b.length - a.length)) {
    for (let d = start; d !== '' && removeIfEmpty(path.join(root, d)); d = dirOf(d));
  }
}

function removeIfEmpty(dir: string): boolean {
  try {
    fs.rmdirSync(dir);
    return true;
  } catch {
    return false;
  }
}

/** Refuses targets outside root or reached through a symbolic link. */
function assertSafeTargets(root: string, changes: FileChange[]): void {
  const real = fs.realpathSync(root);
  for (const c of changes) {
    for (const p of c.from !== undefined ? [c.from, c.path] : [c.path]) {
      const abs = path.resolve(root, p);
      if (!abs.startsWith(path.resolve(root) + path.sep)) throw new StateError(`refusing to write outside root: ${p}`);
      for (let d = p; d !== ''; d = dirOf(d)) {
        const st = lstatOrUndefined(path.join(root, d));
        if (st?.isSymbolicLink()) throw new StateError(`refusing to write through a symbolic link: ${d} (in ${p})`);
      }
      if (!fs.existsSync(real)) throw new StateError(`root not found: ${root}`);
    }
  }
}

/** A file edited since the phase was staged must not be overwritten with stale content. */
function assertUnchangedOnDisk(root: string, changes: FileChange[]): void {
  for (const c of changes) {
    const disk = c.from ?? c.path;
    const abs = path.join(root, disk);
    if (c.before === null) {
      if (fs.existsSync(path.join(root, c.path))) throw new StateError(`${c.path} appeared on disk while the phase was staged`);
    } else if (!fs.existsSync(abs) || decodeFile(disk, fs.readFileSync(abs)) !== c.before) {
      throw new StateError(`${disk} changed on disk while the phase was staged; nothing was written`);
    }
  }
}

function lstatOrUndefined(p: string): fs.Stats | undefined {
  try {
    return fs.lstatSync(p);
  } catch {
    return undefined;
  }
}
