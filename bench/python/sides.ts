import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { parsePeerReport } from '../peers/protocol';
import { childFailure, failed, PEER_HEAP, SideResult } from '../harness/side';
import { runChild } from '../harness/spawn';
import { repoRoot } from '../paths';

/** A violation's identity for comparing validators: `RULE file:line`. */
export type ViolationKey = string;

/** `RULE file:line` of one reported or planted violation. */
export function violationKey(v: { rule: string; file: string; line: number }): ViolationKey {
  return `${v.rule} ${v.file}:${v.line}`;
}

/** The python3 the bench runs peers with (`BENCH_PYTHON` overrides). */
export function pythonBin(): string {
  return process.env.BENCH_PYTHON ?? 'python3';
}

/** The first python that can import rope (`BENCH_ROPE_PYTHON`, python3, Debian's /usr/bin/python3), or why none can. */
export function ropePython(): string | { missing: string } {
  const candidates = [process.env.BENCH_ROPE_PYTHON, pythonBin(), '/usr/bin/python3'].filter((c): c is string => !!c);
  for (const bin of candidates) {
    try {
      execFileSync(bin, ['-c', 'import rope'], { stdio: 'ignore' });
      return bin;
    } catch {
      // next candidate
    }
  }
  return { missing: `rope is not installed for ${candidates.join(' or ')} (apt-get install python3-rope)` };
}

function peerScript(name: string): string {
  return path.join(repoRoot(), 'bench', 'peers', name);
}

/** Verify-shaped JSON (remediate's or py_validator's) as the non-debt violation keys plus counts per rule. */
function verifyResult(run: { wallMs: number; maxRssMB?: number }, json: unknown): SideResult {
  const list = (json as { violations?: unknown }).violations;
  if (!Array.isArray(list)) return failed('verify JSON has no `violations` list');
  const keys: ViolationKey[] = [];
  const violations: Record<string, number> = {};
  for (const v of list as Array<{ rule: string; file: string; line: number; debt?: boolean }>) {
    if (v.debt) continue;
    keys.push(violationKey(v));
    violations[v.rule] = (violations[v.rule] ?? 0) + 1;
  }
  return { ok: true, wallMs: run.wallMs, maxRssMB: run.maxRssMB, data: { violations, keys } };
}

/** Parses a child's stdout as one JSON object when it exited with one of `okCodes`. */
async function jsonChild(command: string, args: string[], cwd: string, okCodes: number[], timeoutMs: number): Promise<SideResult> {
  const run = await runChild(command, args, { cwd, timeoutMs });
  if (!okCodes.includes(run.exitCode ?? -1)) return failed(remediateFailure(run, childFailure(run)));
  try {
    return verifyResult(run, JSON.parse(run.stdout));
  } catch {
    return failed(`${childFailure(run)} (stdout is not one JSON object)`);
  }
}

/** The seed-style Python validator on the corpus's plan (exit 1 means violations found). */
export function pyValidator(corpus: string, plan: string, timeoutMs: number): Promise<SideResult> {
  return jsonChild(pythonBin(), [peerScript('py_validator.py'), plan], corpus, [0, 1], timeoutMs);
}

/** remediate's CLI entry, or why it cannot run. */
function remediateBin(): string | { missing: string } {
  const bin = path.join(repoRoot(), 'bin', 'remediate');
  if (!fs.existsSync(bin)) return { missing: 'bin/remediate does not exist' };
  if (!fs.existsSync(path.join(repoRoot(), 'dist', 'src', 'cli'))) return { missing: 'dist/src/cli is not built' };
  return bin;
}

/** `remediate verify --plan PLAN --format json`, as the TypeScript bench runs it, keeping every violation's key. */
export async function remediatePyVerify(corpus: string, plan: string, timeoutMs: number): Promise<SideResult> {
  const bin = remediateBin();
  if (typeof bin !== 'string') return failed(`remediate CLI unavailable: ${bin.missing}`);
  return jsonChild(process.execPath, [bin, 'verify', '--plan', plan, '--format', 'json'], corpus, [0, 1], timeoutMs);
}

/** The message of a failed remediate run's JSON (`error` may be a string or `{ message }`), else the child's telling line. */
function remediateFailure(run: { stdout: string; exitCode: number | null }, fallback: string): string {
  try {
    const json = JSON.parse(run.stdout) as { error?: unknown; message?: unknown };
    const error = json.error as { message?: unknown } | string | undefined;
    const message = typeof error === 'object' && error !== null ? error.message ?? JSON.stringify(error) : error ?? json.message;
    return message === undefined ? fallback : `exit ${run.exitCode}: ${String(message)}`;
  } catch {
    return fallback;
  }
}

/** `remediate run PHASE --json --allow-dirty` on a scratch copy, as the TypeScript bench runs it; exit code must be 0. */
export async function remediatePyRun(copy: string, phase: string, timeoutMs: number): Promise<SideResult> {
  const bin = remediateBin();
  if (typeof bin !== 'string') return failed(`remediate CLI unavailable: ${bin.missing}`);
  const run = await runChild(process.execPath, [bin, 'run', phase, '--plan', path.join(copy, 'remediate.yaml'), '--json', '--allow-dirty'], { cwd: copy, timeoutMs });
  if (run.exitCode !== 0) return failed(remediateFailure(run, childFailure(run)));
  return { ok: true, wallMs: run.wallMs, maxRssMB: run.maxRssMB, data: {} };
}

/** The Python floor: list, read and regex-match every .py file's import lines (a node peer). */
export async function pyFloor(corpus: string, timeoutMs: number): Promise<SideResult> {
  return peerChild(process.execPath, [PEER_HEAP, path.join(__dirname, '..', 'peers', 'py-floor.js'), JSON.stringify({ corpus })], timeoutMs);
}

/** rope's MoveModule of the hub package into `dest`, on a scratch copy. */
export async function ropeMove(copy: string, from: string, dest: string, roots: string[], timeoutMs: number): Promise<SideResult> {
  const python = ropePython();
  if (typeof python !== 'string') return failed(python.missing);
  return peerChild(python, [peerScript('rope_move.py'), JSON.stringify({ copy, from, to: dest, roots })], timeoutMs);
}

/** libcst's own rename codemod over `backend/`, as a user would run it (`python3 -m libcst.tool codemod rename.RenameCommand`). */
export async function libcstRename(copy: string, oldName: string, newName: string, timeoutMs: number): Promise<SideResult> {
  const args = ['-m', 'libcst.tool', 'codemod', '--no-format', '--hide-progress', 'rename.RenameCommand', '--old_name', oldName, '--new_name', newName, 'backend'];
  const run = await runChild(pythonBin(), args, { cwd: copy, timeoutMs });
  if (run.exitCode !== 0) return failed(childFailure(run));
  const failures = /Failed to codemod (\d+) files/.exec(run.stderr);
  if (failures && failures[1] !== '0') return failed(`libcst failed on ${failures[1]} files`);
  return { ok: true, wallMs: run.wallMs, maxRssMB: run.maxRssMB, data: {} };
}

async function peerChild(command: string, args: string[], timeoutMs: number): Promise<SideResult> {
  const run = await runChild(command, args, { timeoutMs });
  const report = parsePeerReport(run.stdout);
  if (!report) return failed(childFailure(run));
  if (!report.ok) return failed(report.error ?? childFailure(run));
  const { ok, ms, maxRssMB, error, ...data } = report;
  return { ok: true, wallMs: run.wallMs, workMs: ms, maxRssMB: run.maxRssMB ?? maxRssMB, data };
}
