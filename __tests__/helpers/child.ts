import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const REPO = path.join(__dirname, '../..');

/** The built CLI (`npm test` builds dist/ first). */
export const BIN = path.join(REPO, 'bin/remediate');

/** Fails early, with the fix, when dist/ has not been built. */
export function assertBuilt(): void {
  if (!fs.existsSync(path.join(REPO, 'dist/src/cli/main.js'))) throw new Error('dist/ is missing: run `npm run build` before these tests');
}

export interface ChildRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Wall time from spawn to exit. */
  ms: number;
}

/** Runs `remediate ARGS` in its own process; `watch` gets the child as soon as it is spawned (to kill it). */
export function spawnCli(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}, watch?: (child: ChildProcess) => void): Promise<ChildRun> {
  const start = Date.now();
  const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { PATH: process.env.PATH, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  watch?.(child);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr, ms: Date.now() - start }));
  });
}

/** Runs tasks with at most `limit` at once (the CI machine has two cores). */
export function limiter(limit: number): <T>(task: () => Promise<T>) => Promise<T> {
  let active = 0;
  const queue: (() => void)[] = [];
  return async (task) => {
    if (active >= limit) await new Promise<void>((go) => queue.push(go));
    active++;
    try {
      return await task();
    } finally {
      active--;
      queue.shift()?.();
    }
  };
}
