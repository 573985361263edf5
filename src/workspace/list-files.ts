import fg from 'fast-glob';
import * as fs from 'node:fs';
import * as path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { dirOf, type RelPath } from './paths';

/** Folders never listed: dependencies, VCS data and remediate's own journal. */
export const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**', '.remediate/**'];

/**
 * Lists every regular file of the code base (root-relative, sorted), honouring .gitignore files at any
 * depth. Symbolic links are left out, so nothing outside root is ever read or written through one.
 */
export function listFiles(root: string): RelPath[] {
  const entries = fg.sync('**/*', {
    cwd: root,
    dot: true,
    ignore: ALWAYS_IGNORED,
    followSymbolicLinks: false,
    onlyFiles: true,
    objectMode: true,
  });
  const files = entries.filter((e) => !e.dirent.isSymbolicLink()).map((e) => e.path);
  const rules = gitignoreRules(root, files);
  return (rules.size ? files.filter((f) => !isIgnored(f, rules)) : files).sort();
}

function gitignoreRules(root: string, files: RelPath[]): Map<RelPath, Ignore> {
  const rules = new Map<RelPath, Ignore>();
  for (const f of files) {
    if (path.posix.basename(f) !== '.gitignore') continue;
    rules.set(dirOf(f), ignore().add(fs.readFileSync(path.join(root, f), 'utf8')));
  }
  return rules;
}

/** A file is ignored when the .gitignore of any folder above it says so, for the path below that folder. */
function isIgnored(file: RelPath, rules: Map<RelPath, Ignore>): boolean {
  for (const [dir, ig] of rules) {
    if (dir !== '' && !file.startsWith(dir + '/')) continue;
    const rel = dir === '' ? file : file.slice(dir.length + 1);
    if (ig.ignores(rel)) return true;
  }
  return false;
}
