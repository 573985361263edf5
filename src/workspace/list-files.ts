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
    ignore: [...ALWAYS_IGNORED, ...prunedFolders(root)],
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

/**
 * Globs for folders the root .gitignore ignores, so the walk never enters them (a git-ignored build
 * output or corpus can hold far more files than the code base). Only plain patterns are translated;
 * the full .gitignore rules still filter the listing afterwards. Pruning is safe because git never
 * re-includes a file below an ignored folder.
 */
function prunedFolders(root: string): string[] {
  let text: string;
  try {
    text = fs.readFileSync(path.join(root, '.gitignore'), 'utf8');
  } catch {
    return [];
  }
  const globs: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim().replace(/\/$/, '');
    if (!line || line.startsWith('#') || line.startsWith('!') || !/^\/?[\w.\-]+(\/[\w.\-]+)*$/.test(line)) continue;
    const anchored = line.startsWith('/') || line.includes('/');
    globs.push(anchored ? `${line.replace(/^\//, '')}/**` : `**/${line}/**`);
  }
  return globs;
}
