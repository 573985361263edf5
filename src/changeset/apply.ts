import * as fs from 'node:fs';
import * as path from 'node:path';
import { StateError } from '../errors';
import type { FileChange } from '../workspace/overlay';
import { dirOf, type RelPath } from '../workspace/paths';

// The one module that writes to the code base. A phase is written all or nothing: new contents go to
// temp files first, a journal lists every planned rename, and only then are files swapped into place.
// An error rolls back; a crash leaves the journal, and the next command that opens the code base rolls
// back from it (recoverInterruptedApply), so the tree is always the one before or the one after.

const TXN = '.remediate/txn';

interface JournalEntry {
  path: RelPath;
  /** Temp file holding the new content (absent for a deletion). */
  tmp?: string;
  /** Where the old file is kept while the phase is written (present when the path existed). */
  backup?: string;
}
interface Journal {
  version: 1;
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

/** Writes a phase's changes atomically; on any error the tree is restored and the error rethrown. */
export function applyChanges(root: string, changes: FileChange[], opts: ApplyOptions = {}): void {
  if (changes.length === 0) return;
  assertSafeTargets(root, changes);
  assertUnchangedOnDisk(root, changes);
  const txn = path.join(root, TXN);
  if (fs.existsSync(txn)) throw new StateError(`an apply is in progress (${TXN} exists); run the command again to recover it`);
  fs.mkdirSync(path.join(txn, 'new'), { recursive: true });
  fs.mkdirSync(path.join(txn, 'old'), { recursive: true });
  const journal = prepare(root, txn, changes);
  writeJournal(txn, journal);
  let ops = 0;
  try {
    for (const entry of journal.entries) {
      ops++;
      if (opts.killAt !== undefined && ops >= opts.killAt) process.kill(process.pid, 'SIGKILL');
      if (opts.failAt !== undefined && ops >= opts.failAt) throw new Error(`injected failure at write ${ops}`);
      commitEntry(root, txn, entry);
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
export function recoverInterruptedApply(root: string): Recovery | undefined {
  const txn = path.join(root, TXN);
  if (!fs.existsSync(txn)) return undefined;
  const journalFile = path.join(txn, 'journal.json');
  let recovery: Recovery;
  if (fs.existsSync(journalFile)) {
    const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as Journal;
    rollback(root, txn, journal);
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

function prepare(root: string, txn: string, changes: FileChange[]): Journal {
  const entries: JournalEntry[] = [];
  const created = new Set<RelPath>();
  // A path a move vacates may be written again in the same phase: the earlier entry's backup
  // already holds the original, so the later write has nothing of its own to back up.
  const claimed = new Set<RelPath>();
  let n = 0;
  const add = (p: RelPath, content: string | null, mode: number) => {
    const id = String(n++);
    const existed = !claimed.has(p) && fs.existsSync(path.join(root, p));
    claimed.add(p);
    const entry: JournalEntry = { path: p };
    if (existed) entry.backup = `old/${id}`;
    if (content !== null) {
      entry.tmp = `new/${id}`;
      const tmp = path.join(txn, entry.tmp);
      fs.writeFileSync(tmp, content);
      fs.chmodSync(tmp, mode);
      for (let d = dirOf(p); d !== '' && !fs.existsSync(path.join(root, d)) && !created.has(d); d = dirOf(d)) created.add(d);
    }
    entries.push(entry);
  };
  for (const c of changes) if (c.from !== undefined) add(c.from, null, c.mode);
  for (const c of changes) add(c.path, c.after, c.mode);
  return { version: 1, entries, createdDirs: [...created].sort((a, b) => a.length - b.length) };
}

function commitEntry(root: string, txn: string, e: JournalEntry): void {
  const target = path.join(root, e.path);
  if (e.backup) {
    if (e.tmp) fs.linkSync(target, path.join(txn, e.backup));
    else fs.renameSync(target, path.join(txn, e.backup));
  }
  if (e.tmp) {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.renameSync(path.join(txn, e.tmp), target);
  }
}

/** Undoes entries in reverse; each undo is safe to repeat, so a crash during rollback is recoverable too. */
function rollback(root: string, txn: string, journal: Journal): void {
  for (const e of [...journal.entries].reverse()) {
    const target = path.join(root, e.path);
    const backup = e.backup && path.join(txn, e.backup);
    if (backup && fs.existsSync(backup)) {
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.renameSync(backup, target);
    } else if (!e.backup && e.tmp && !fs.existsSync(path.join(txn, e.tmp))) {
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
    } else if (!fs.existsSync(abs) || fs.readFileSync(abs, 'utf8') !== c.before) {
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
