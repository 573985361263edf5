import * as fs from 'node:fs';
import ignore, { type Ignore } from 'ignore';
import type { RelPath } from './paths';

/** Folders never listed: dependencies and VCS data at any depth, remediate's own journal at the root. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);
const JOURNAL_FOLDER = '.remediate';

/** A folder's .gitignore: its patterns apply to paths below `base`. */
interface IgnoreFile {
  base: RelPath;
  rules: Ignore;
}

/**
 * Lists every regular file of the code base (root-relative, sorted), honouring .gitignore files at any
 * depth the way git does: a folder that is ignored is not entered (git never re-includes a file below
 * one), and a deeper .gitignore's patterns take precedence over a shallower one's, negations included.
 * Symbolic links are left out, so nothing outside root is ever read or written through one. A path
 * `ignored` (the plan's `ignore:` globs) is left out like a git-ignored one, a folder with all below it.
 *
 * A plain readdir walk: fast-glob's matching machinery cost twice the walk's own system calls here,
 * and applying .gitignore while walking prunes ignored build output before it is ever read.
 */
export function listFiles(root: string, ignored?: (p: RelPath) => boolean): RelPath[] {
  const out: RelPath[] = [];
  walk(root, '', [], out, ignored);
  return out.sort();
}

function walk(root: string, dir: RelPath, ignores: IgnoreFile[], out: RelPath[], ignored: ((p: RelPath) => boolean) | undefined): void {
  const entries = readFolder(dir === '' ? root : `${root}/${dir}`);
  const prefix = dir === '' ? '' : `${dir}/`;
  for (const e of entries) {
    if (e.name === '.gitignore' && e.isFile()) {
      ignores = [...ignores, { base: dir, rules: ignore().add(fs.readFileSync(`${root}/${prefix}.gitignore`, 'utf8')) }];
      break;
    }
  }
  for (const e of entries) {
    const rel = prefix + e.name;
    if (e.isDirectory()) {
      if (SKIPPED_FOLDERS.has(e.name) || rel === JOURNAL_FOLDER || ignored?.(rel)) continue;
      if (ignores.length > 0 && isIgnored(`${rel}/`, ignores)) continue;
      walk(root, rel, ignores, out, ignored);
    } else if (e.isFile()) {
      if ((ignores.length === 0 || !isIgnored(rel, ignores)) && !ignored?.(rel)) out.push(rel);
    }
  }
}

/** A folder's entries; one that vanished while being listed has none. */
function readFolder(abs: string): fs.Dirent[] {
  try {
    return fs.readdirSync(abs, { withFileTypes: true });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
}

/** The deepest .gitignore with a pattern that matches decides (its last matching pattern, as in git). */
function isIgnored(rel: RelPath, ignores: IgnoreFile[]): boolean {
  for (let i = ignores.length - 1; i >= 0; i--) {
    const { base, rules } = ignores[i];
    const verdict = rules.test(base === '' ? rel : rel.slice(base.length + 1));
    if (verdict.ignored) return true;
    if (verdict.unignored) return false;
  }
  return false;
}
