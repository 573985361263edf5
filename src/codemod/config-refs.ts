import * as path from 'node:path';
import { StateError } from '../errors';
import type { Overlay } from '../workspace/overlay';
import { dirOf, isWithin, joinRel, normalizeRel, stripSourceExt, type RelPath } from '../workspace/paths';
import { configPaths, isDataConfig, type ConfigPath } from './config-paths';
import { jsonStrings, type JsonString } from './json-strings';
import type { TextEdit } from './text-edits';

/** What a path a configuration file names stands for before the moves. */
interface Named {
  kind: 'file' | 'folder';
  path: RelPath;
  /** Written without the file's extension (`"main": "src/index"`). */
  bare: boolean;
}

const SOURCE_EXTS = ['.ts', '.tsx', '.d.ts', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];
/** A path segment from which on the value is a pattern (glob, `*` mapping, `$1` substitution). */
const PATTERN = /[*?[\]{}$()|^+]/;

/**
 * The edits that keep every data configuration file (configPaths) naming the counterparts of the moved
 * files and folders it names, by file (paths before the moves). A pattern (`src/a/**`, `<rootDir>/src/a/$1`)
 * follows when its fixed leading folder moves whole. A folder the moves scatter (its files end up in
 * different places) is refused: no single path could stand for it any more; so is a move out of a
 * tsconfig's `rootDir`.
 */
export function configEdits(overlay: Overlay, moved: Map<RelPath, RelPath>): Map<RelPath, TextEdit[]> {
  const out = new Map<RelPath, TextEdit[]>();
  if (moved.size === 0) return out;
  const files = overlay.files();
  for (const file of files.filter(isDataConfig)) {
    const strings = jsonStrings(file, overlay.read(file));
    if (!strings) continue; // a configuration file that does not parse is not this step's to judge
    refuseLeavingRootDir(file, strings, moved);
    const edits: TextEdit[] = [];
    const rebase = rebaser(file, moved.get(file));
    for (const cp of configPaths(file, strings)) {
      const rewritten = follow(cp, rebase(cp.base), overlay, files, moved, `${file}:${cp.str.line}`);
      if (rewritten !== undefined && rewritten !== cp.str.value) edits.push({ start: cp.str.start + 1, end: cp.str.end - 1, text: JSON.stringify(rewritten).slice(1, -1) });
    }
    if (edits.length) out.set(file, edits);
  }
  return out;
}

/** A tsconfig `rootDir` holds every source file of its program: a move out of it would break the build (TS6059). */
function refuseLeavingRootDir(file: RelPath, strings: JsonString[], moved: Map<RelPath, RelPath>): void {
  const rootDir = strings.find((s) => s.path.length === 2 && s.path[0] === 'compilerOptions' && s.path[1] === 'rootDir');
  const dir = rootDir && normalizeRel(joinRel(dirOf(file), rootDir.value));
  if (!rootDir || dir === undefined || path.posix.basename(file) === 'package.json') return;
  for (const [from, to] of moved) {
    if (isWithin(from, dir) && !isWithin(to, dir)) throw new StateError(`${file}:${rootDir.line} sets rootDir "${rootDir.value}"; ${from} would move out of it to ${to}`);
  }
}

/** Where a folder the configuration file's paths are relative to ends up when the file itself moves. */
function rebaser(file: RelPath, to: RelPath | undefined): (base: RelPath) => RelPath {
  if (to === undefined) return (base) => base;
  return (base) => joinRel(dirOf(to), path.posix.relative(dirOf(file), base));
}

/**
 * The value rewritten for the moves, or undefined when neither what it names nor the configuration
 * file moves. `newBase` is where `cp.base` ends up (the file's folder moves with the file).
 */
function follow(cp: ConfigPath, newBase: RelPath, overlay: Overlay, files: RelPath[], moved: Map<RelPath, RelPath>, where: string): string | undefined {
  const segments = cp.written.split('/');
  const patternAt = segments.findIndex((s) => PATTERN.test(s));
  const fixed = patternAt < 0 ? cp.written : segments.slice(0, patternAt).join('/');
  const rest = patternAt < 0 ? '' : cp.written.slice(fixed.length);
  const named = namedPath(overlay, cp.base, fixed, patternAt >= 0);
  if (named === undefined) return undefined;
  const now = (named.kind === 'file' ? moved.get(named.path) : folderCounterpart(files, moved, named.path, where, cp.str.value)) ?? (newBase === cp.base ? undefined : named.path);
  if (now === undefined) return undefined;
  let rel = path.posix.relative(newBase, named.bare ? stripSourceExt(now) : now) || '.';
  if (fixed.startsWith('./') && !rel.startsWith('../') && rel !== '.') rel = `./${rel}`;
  return cp.lead + rel + rest;
}

/** The file or folder a fixed path names (a file also without its extension), if it exists. */
function namedPath(overlay: Overlay, base: RelPath, fixed: string, isPattern: boolean): Named | undefined {
  // A pattern from the file's own folder (`*.ts`) names whatever is there: it needs no rewrite.
  const p = fixed === '' ? undefined : normalizeRel(joinRel(base, fixed));
  if (p === undefined || p === '') return undefined;
  if (!isPattern && overlay.exists(p)) return { kind: 'file', path: p, bare: false };
  if (!isPattern && !/\.[^/]+$/.test(p)) {
    const ext = SOURCE_EXTS.find((e) => overlay.exists(p + e));
    if (ext) return { kind: 'file', path: p + ext, bare: true };
  }
  return overlay.isDir(p) ? { kind: 'folder', path: p, bare: false } : undefined;
}

/**
 * Where a folder ends up: undefined while it still holds a file (one that stays, or one moved within
 * it), its new path when every file left it the same way; refused when they left it apart.
 */
function folderCounterpart(files: RelPath[], moved: Map<RelPath, RelPath>, dir: RelPath, where: string, value: string): RelPath | undefined {
  const prefix = dir + '/';
  const inside = files.filter((f) => f.startsWith(prefix));
  if (!inside.every((f) => moved.has(f) && !moved.get(f)!.startsWith(prefix))) return undefined;
  let now: RelPath | undefined;
  for (const f of inside) {
    const to = moved.get(f)!;
    const rest = f.slice(dir.length);
    const there = to.endsWith(rest) ? to.slice(0, to.length - rest.length) : undefined;
    if (there === undefined || (now !== undefined && there !== now)) {
      throw new StateError(`${where} names ${JSON.stringify(value)} (the folder ${dir}), whose files the moves scatter; move the folder whole or edit that entry first`);
    }
    now = there;
  }
  return now;
}
