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

/** True when root lies inside a git work tree. */
export function isGitWorkTree(root: string): boolean {
  try {
    return execFileSync('git', ['rev-parse', '--is-inside-work-tree'], { cwd: root, stdio: 'pipe' }).toString().trim() === 'true';
  } catch {
    return false;
  }
}

/**
 * Stages exactly `paths` (additions, edits and deletions) and commits only them, leaving anything else
 * in the index alone; returns the new commit's id.
 */
export function commitPaths(root: string, paths: RelPath[], message: string): string {
  const git = (args: string[], input?: string) => execFileSync('git', args, { cwd: root, stdio: 'pipe', input, maxBuffer: 64 << 20 }).toString();
  try {
    git(['add', '-A', '--', ...paths]);
    git(['commit', '--quiet', '--file=-', '--only', '--', ...paths], message);
    return git(['rev-parse', 'HEAD']).trim();
  } catch (err) {
    const stderr = (err as { stderr?: Buffer }).stderr?.toString().trim();
    throw new Error(stderr || (err as Error).message);
  }
}
