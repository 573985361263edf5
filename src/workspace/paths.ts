import * as path from 'node:path';

/** Root-relative, `/`-separated paths are the only kind of path that crosses module boundaries. */
export type RelPath = string;

/** Converts an OS path to `/` separators. */
export function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

/** Normalises a root-relative path; returns undefined when it is absolute or leaves the root. */
export function normalizeRel(p: string): RelPath | undefined {
  if (p === '' || path.posix.isAbsolute(p) || /^[A-Za-z]:[\\/]/.test(p)) return undefined;
  const norm = path.posix.normalize(p.replace(/\\/g, '/')).replace(/\/$/, '');
  if (norm === '..' || norm.startsWith('../')) return undefined;
  return norm === '.' ? '' : norm;
}

/** Joins root-relative segments. */
export function joinRel(...parts: string[]): RelPath {
  return path.posix.join(...parts.filter((p) => p !== '')).replace(/^\.$/, '');
}

/** The folder of a root-relative path ('' for the root). */
export function dirOf(p: RelPath): RelPath {
  const d = path.posix.dirname(p);
  return d === '.' ? '' : d;
}

/** True when `p` is `dir` or lies below it. */
export function isWithin(p: RelPath, dir: RelPath): boolean {
  return dir === '' || p === dir || p.startsWith(dir + '/');
}

/** A relative module specifier from one file to another path, always starting with `./` or `../`. */
export function relativeSpecifier(fromFile: RelPath, toPath: RelPath): string {
  const rel = path.posix.relative(dirOf(fromFile) || '.', toPath) || '.';
  // path.posix.relative never starts with './'; `.hidden/x` still needs one.
  return rel === '.' || rel === '..' || rel.startsWith('../') ? rel : `./${rel}`;
}

const SOURCE_EXT = /\.(d\.ts|d\.mts|d\.cts|tsx|ts|mts|cts|jsx|js|mjs|cjs)$/;

/** True for the files the import index reads. */
export function isSourceFile(p: string): boolean {
  return SOURCE_EXT.test(p);
}

/** `a/b/x.ts` → `a/b/x`; declaration files lose `.d.ts`. */
export function stripSourceExt(p: string): string {
  return p.replace(SOURCE_EXT, '');
}
