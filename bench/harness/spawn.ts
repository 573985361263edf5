import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const GNU_TIME = '/usr/bin/time';

/** Process groups still running; ended when the runner exits or is interrupted (they are detached). */
const running = new Set<number>();
process.on('exit', () => {
  for (const pid of running) killGroup(pid);
});
process.once('SIGINT', () => process.exit(130));

function killGroup(pid: number): void {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

/** One finished child process: wall clock from spawn to exit, and its peak RSS when measurable. */
export interface ChildRun {
  readonly wallMs: number;
  readonly exitCode: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly timedOut: boolean;
  /** Largest RSS of the child or any descendant it waited for (GNU time %M); undefined without GNU time. */
  readonly maxRssMB?: number;
}

/** Runs `command args` to completion, under GNU time when it exists so peak memory is measured from outside. */
export function runChild(command: string, args: string[], options: { cwd?: string; timeoutMs?: number } = {}): Promise<ChildRun> {
  const timed = fs.existsSync(GNU_TIME);
  const rssFile = path.join(os.tmpdir(), `bench-rss-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}`);
  const [cmd, argv] = timed ? [GNU_TIME, ['-f', '%M', '-o', rssFile, command, ...args]] : [command, args];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    // Own process group, so a timeout also ends GNU time's child and any workers it forked.
    const child = spawn(cmd, argv, { cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    if (child.pid) running.add(child.pid);
    let timedOut = false;
    const timer = options.timeoutMs
      ? setTimeout(() => {
        timedOut = true;
        killGroup(child.pid!);
      }, options.timeoutMs)
      : undefined;
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = Math.round(performance.now() - started);
      if (timer) clearTimeout(timer);
      if (child.pid) running.delete(child.pid);
      resolve({
        wallMs, exitCode: code, timedOut, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'),
        maxRssMB: timed ? readRss(rssFile) : undefined,
      });
    });
  });
}

/** GNU time writes "Command exited with non-zero status N" before the number when the child fails. */
function readRss(file: string): number | undefined {
  try {
    const lines = fs.readFileSync(file, 'utf8').trim().split('\n');
    const kb = Number(lines[lines.length - 1]);
    return Number.isFinite(kb) ? Math.round(kb / 1024) : undefined;
  } catch {
    return undefined;
  } finally {
    fs.rmSync(file, { force: true });
  }
}
