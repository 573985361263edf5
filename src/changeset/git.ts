import { execFileSync } from 'node:child_process';
import type { RelPath } from '../workspace/paths';

/** Paths among `paths` with uncommitted changes in git; empty when root is not in a git work tree. */
export function dirtyPaths(root: string, paths: RelPath[]): RelPath[] {
  if (paths.length === 0) return [];
  let out: string;
  try {
    execFileSync('git', ['rev-parse', '--is-inside-work-tree'], { cwd: root, stdio: 'pipe' });
    const prefix = execFileSync('git', ['rev-parse', '--show-prefix'], { cwd: root, stdio: 'pipe' }).toString().trim();
    out = execFileSync('git', ['status', '--porcelain', '-z', '--untracked-files=all', '--', ...paths], { cwd: root, stdio: 'pipe', maxBuffer: 64 << 20 }).toString();
    return out
      .split('\0')
      .filter((l) => l.length > 3)
      .map((l) => l.slice(3))
      .map((p) => (prefix && p.startsWith(prefix) ? p.slice(prefix.length) : p));
  } catch {
    return [];
  }
}
