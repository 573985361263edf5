import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { childFailure, failed, SideResult } from '../harness/side';
import { runChild } from '../harness/spawn';
import { repoRoot } from '../paths';

/** remediate's CLI entry, or why it cannot run yet. */
function cliEntry(): string | { missing: string } {
  const bin = path.join(repoRoot(), 'bin', 'remediate');
  if (!fs.existsSync(bin)) return { missing: 'bin/remediate does not exist yet' };
  if (!fs.existsSync(path.join(repoRoot(), 'dist', 'src', 'cli'))) return { missing: 'dist/src/cli is not built' };
  return bin;
}

/** Runs the CLI; fails unless it exits with one of `okCodes` and prints one JSON object. */
async function runCli(cwd: string, args: string[], okCodes: number[], timeoutMs: number): Promise<{ result: SideResult; json?: unknown }> {
  const bin = cliEntry();
  if (typeof bin !== 'string') return { result: failed(`remediate CLI unavailable: ${bin.missing}`) };
  const run = await runChild(process.execPath, [bin, ...args], { cwd, timeoutMs });
  let json: unknown;
  try {
    json = JSON.parse(run.stdout);
  } catch {
    return { result: failed(`${childFailure(run)} (${run.stdout.trim() ? 'stdout is not one JSON object' : 'nothing on stdout'})`) };
  }
  if (!json || typeof json !== 'object') return { result: failed(`${childFailure(run)} (stdout is not a JSON object)`) };
  if (!okCodes.includes(run.exitCode ?? -1)) {
    const message = (json as { error?: unknown; message?: unknown }).error ?? (json as { message?: unknown }).message;
    return { result: failed(`exit ${run.exitCode}${message ? `: ${String(message)}` : ''}`) };
  }
  return { result: { ok: true, wallMs: run.wallMs, maxRssMB: run.maxRssMB, data: {} }, json };
}

interface VerifyJson {
  violations: Array<{ rule: string; debt?: boolean }>;
}

/** `remediate verify --format json` on the corpus (read-only); violations counted per rule. */
export async function remediateVerify(corpus: string, timeoutMs: number): Promise<SideResult> {
  const plan = path.join(corpus, 'remediate.yaml');
  const { result, json } = await runCli(corpus, ['verify', '--plan', plan, '--format', 'json'], [0, 1], timeoutMs);
  if (!result.ok) return result;
  const list = (json as Partial<VerifyJson>).violations;
  if (!Array.isArray(list)) return failed('verify JSON has no `violations` list');
  const violations: Record<string, number> = {};
  for (const v of list) if (!v.debt) violations[v.rule] = (violations[v.rule] ?? 0) + 1;
  return { ...result, data: { violations } };
}

/**
 * `remediate analyze --json` on the corpus (read-only: the draft goes to a temp file, and the check
 * stages the draft's phases without writing); proposals counted, kept and dropped.
 */
export async function remediateAnalyze(corpus: string, timeoutMs: number): Promise<SideResult> {
  const plan = path.join(corpus, 'remediate.yaml');
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'remediate-bench-analyze-')), 'draft.yaml');
  const { result, json } = await runCli(corpus, ['analyze', '--plan', plan, '--out', out, '--json'], [0], timeoutMs);
  fs.rmSync(path.dirname(out), { recursive: true, force: true });
  if (!result.ok) return result;
  const proposals = (json as { proposals?: Array<{ kept?: boolean }> }).proposals;
  if (!Array.isArray(proposals)) return failed('analyze JSON has no `proposals` list');
  return { ...result, data: { proposals: proposals.length, kept: proposals.filter((p) => p.kept).length } };
}

/** `remediate run PHASE --json --allow-dirty` on a scratch copy; exit code must be 0. */
export async function remediateRun(copy: string, phase: string, timeoutMs: number): Promise<SideResult> {
  const plan = path.join(copy, 'remediate.yaml');
  const { result, json } = await runCli(copy, ['run', phase, '--plan', plan, '--json', '--allow-dirty'], [0], timeoutMs);
  if (!result.ok) return result;
  const filesChanged = changedCount(json);
  return { ...result, data: filesChanged === undefined ? {} : { filesChanged } };
}

/** The type-check gate's own report of a run: each check's time in-process, and the diagnostics. */
export interface TypecheckData {
  beforeMs: number;
  afterMs: number;
  before: number;
  after: number;
  added: number;
}

/**
 * `remediate run PHASE --dry-run --json` on the corpus itself (a dry run writes nothing), with
 * `--typecheck` or without; with it, the gate's verdict is in `data.typecheck`.
 */
export async function remediateDryRun(corpus: string, phase: string, typecheck: boolean, timeoutMs: number): Promise<SideResult> {
  const plan = path.join(corpus, 'remediate.yaml');
  const args = ['run', phase, '--plan', plan, '--json', '--dry-run', ...(typecheck ? ['--typecheck'] : [])];
  const { result, json } = await runCli(corpus, args, [0], timeoutMs);
  if (!result.ok || !typecheck) return result;
  const tc = (json as { phases?: Array<{ typecheck?: { before: number; after: number; added: unknown[]; ms: { before: number; after: number } } }> }).phases?.[0]?.typecheck;
  if (!tc) return failed('run --typecheck JSON has no `typecheck` verdict');
  const data: TypecheckData = { beforeMs: tc.ms.before, afterMs: tc.ms.after, before: tc.before, after: tc.after, added: tc.added.length };
  return { ...result, data: { typecheck: data } };
}

/** The number of distinct files a run reports changing: the union of `phases[].steps[].files`. */
function changedCount(json: unknown): number | undefined {
  const phases = (json as { phases?: unknown }).phases;
  if (!Array.isArray(phases)) return undefined;
  const files = new Set<string>();
  for (const phase of phases as Array<{ steps?: Array<{ files?: unknown }> }>) {
    for (const step of phase.steps ?? []) {
      if (Array.isArray(step.files)) for (const f of step.files) files.add(String(f));
    }
  }
  return files.size;
}
