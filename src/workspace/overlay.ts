import * as fs from 'node:fs';
import * as path from 'node:path';
import { StateError } from '../errors';
import { decodeFile } from './file-codec';
import { dirOf, type RelPath } from './paths';

/** One file's difference between the disk and the staged tree. */
export interface FileChange {
  /** Path after the change (for a deletion, the path deleted). */
  path: RelPath;
  /** Set when the file was moved: its path on disk. */
  from?: RelPath;
  /** Content on disk, or null for a new file. */
  before: string | null;
  /** Staged content, or null for a deletion. */
  after: string | null;
  /** File mode on disk (kept on write), or the mode a new file gets. */
  mode: number;
}

/**
 * The code base as the phase would leave it: disk content overlaid with staged writes, deletions and
 * moves. Steps read and write through it, so each step sees the ones before; nothing touches the disk.
 */
export class Overlay {
  private readonly staged = new Map<RelPath, string | null>();
  /** Staged path → the disk path it was moved from. */
  private readonly origins = new Map<RelPath, RelPath>();
  private readonly cache = new Map<RelPath, string>();
  private fileSet: Set<RelPath> | undefined;
  private dirSet: Set<RelPath> | undefined;
  /** Bumped on every change, so derived data (the import index) knows when to rebuild. */
  version = 0;
  /**
   * Bumped only when files appear or go (or a package.json/tsconfig changes): module resolution
   * depends on nothing else, so resolutions stay valid across edits of file contents.
   */
  layoutVersion = 0;

  constructor(
    readonly root: string,
    private readonly diskFiles: RelPath[],
  ) {}

  /** Every file of the staged tree, sorted. */
  files(): RelPath[] {
    return [...this.files_()].sort();
  }

  exists(p: RelPath): boolean {
    return this.files_().has(p);
  }

  /** True when `p` is a folder of the staged tree (the root included). */
  isDir(p: RelPath): boolean {
    if (!this.dirSet) {
      this.dirSet = new Set(['']);
      for (const f of this.files_()) for (let d = dirOf(f); !this.dirSet.has(d); d = dirOf(d)) this.dirSet.add(d);
    }
    return this.dirSet.has(p);
  }

  /** True when `p` is a file or a non-root folder of the staged tree (what a move's source or target can be). */
  holds(p: RelPath): boolean {
    return this.exists(p) || (p !== '' && this.isDir(p));
  }

  /** The staged content of a file; throws a StateError naming it when it does not exist. */
  read(p: RelPath): string {
    const staged = this.staged.get(p);
    if (typeof staged === 'string') return staged;
    if (staged === null || !this.files_().has(p)) throw new StateError(`file not found: ${p}`);
    return this.readDisk(p);
  }

  /** Content on disk, regardless of what is staged. */
  readDisk(p: RelPath): string {
    let text = this.cache.get(p);
    if (text === undefined) {
      // A RelPath is already normal: plain concatenation spares path.join's normalising, 10k times.
      text = readText(`${this.root}/${p}`, p);
      this.cache.set(p, text);
    }
    return text;
  }

  /** True when the file is on disk (before any staged change). */
  onDisk(p: RelPath): boolean {
    return this.diskSet().has(p);
  }

  write(p: RelPath, text: string): void {
    const existed = this.exists(p);
    if (existed && this.read(p) === text) return;
    this.touch(!existed || /(^|\/)(package|tsconfig[^/]*)\.json$/.test(p));
    this.staged.set(p, text);
    this.files_().add(p);
  }

  remove(p: RelPath): void {
    if (!this.exists(p)) throw new StateError(`cannot delete ${p}: no such file`);
    this.touch(true);
    this.staged.set(p, null);
    this.files_().delete(p);
    this.origins.delete(p);
  }

  /** Moves a file; the change set shows it as a rename of the disk file it came from. */
  move(from: RelPath, to: RelPath): void {
    const text = this.read(from);
    // A disk file edited before it moves is still a rename of that file (git shows rename + edit).
    const origin = this.origins.get(from) ?? (this.onDisk(from) ? from : undefined);
    this.remove(from);
    this.write(to, text);
    if (origin !== undefined && origin !== to) this.origins.set(to, origin);
    else this.origins.delete(to);
  }

  /** Where a staged file came from on disk (itself when it did not move). */
  originOf(p: RelPath): RelPath {
    return this.origins.get(p) ?? p;
  }

  /** The difference to the disk: renames first by target path, then the rest, in path order. */
  changes(): FileChange[] {
    const out: FileChange[] = [];
    const renamedFrom = new Set(this.origins.values());
    for (const [p, after] of [...this.staged].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      const from = this.origins.get(p);
      if (after === null) {
        if (!renamedFrom.has(p) && this.onDisk(p)) out.push({ path: p, before: this.readDisk(p), after: null, mode: this.modeOf(p) });
        continue;
      }
      if (from !== undefined) {
        out.push({ path: p, from, before: this.readDisk(from), after, mode: this.modeOf(from) });
        continue;
      }
      const before = this.onDisk(p) ? this.readDisk(p) : null;
      if (before !== after) out.push({ path: p, before, after, mode: before === null ? 0o644 : this.modeOf(p) });
    }
    return out;
  }

  private modeOf(p: RelPath): number {
    return fs.statSync(path.join(this.root, p)).mode & 0o777;
  }

  /** `layout` when the set of files (or a file module resolution reads) changes, not just a text. */
  private touch(layout: boolean): void {
    this.version++;
    if (layout) {
      this.layoutVersion++;
      this.dirSet = undefined;
    }
  }

  private files_(): Set<RelPath> {
    if (!this.fileSet) this.fileSet = new Set(this.diskFiles);
    return this.fileSet;
  }

  private diskSetCache: Set<RelPath> | undefined;
  private diskSet(): Set<RelPath> {
    if (!this.diskSetCache) this.diskSetCache = new Set(this.diskFiles);
    return this.diskSetCache;
  }
}

/** One buffer for every read: most source files fit, so a read is open, one read and close. */
const READ_BUFFER = Buffer.allocUnsafe(1 << 18);

/**
 * A file's text, decoded as its language says (UTF-8 unless a Python file declares another). Reading into a reused buffer spares the
 * fstat and the buffer per file that readFileSync spends (~15% of reading 10k small files here).
 */
function readText(abs: string, file: RelPath): string {
  const fd = fs.openSync(abs, 'r');
  try {
    const n = fs.readSync(fd, READ_BUFFER, 0, READ_BUFFER.length, 0);
    return decodeFile(file, n < READ_BUFFER.length ? READ_BUFFER.subarray(0, n) : fs.readFileSync(fd));
  } finally {
    fs.closeSync(fd);
  }
}
