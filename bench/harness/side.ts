import * as path from 'path';
import { parsePeerReport } from '../peers/protocol';
import { ChildRun, runChild } from './spawn';

/** One measured run of one side (a peer or remediate). */
export interface SideResult {
  readonly ok: boolean;
  /** Child wall clock, spawn to exit (node startup included, as for every side). */
  readonly wallMs?: number;
  /** Time the side measured itself, inside its process (peers only). */
  readonly workMs?: number;
  readonly maxRssMB?: number;
  readonly error?: string;
  /** Not run because `--peers` left it out. */
  readonly skipped?: boolean;
  readonly data: Record<string, unknown>;
}

/** A side `--peers` left out. */
export const SKIPPED: SideResult = { ok: false, skipped: true, error: 'skipped (not in --peers)', data: {} };

/** Names of the peer scripts in bench/peers, run each in its own node process. */
export type PeerName = 'floor' | 'depcruise' | 'tsmorph-move' | 'jscodeshift-rewrite';

/** A failed side, with a one-line reason. */
export function failed(reason: string): SideResult {
  return { ok: false, error: reason.replace(/\s+/g, ' ').trim().slice(0, 160), data: {} };
}

/** The most telling line of a failed child's output. */
export function childFailure(run: ChildRun): string {
  if (run.timedOut) return `timed out after ${Math.round(run.wallMs / 1000)} s`;
  const lines = `${run.stderr}\n${run.stdout}`.split('\n').map((l) => l.trim()).filter(Boolean);
  const telling = lines.find((l) => /error/i.test(l)) ?? lines[0] ?? '';
  return `exit ${run.exitCode}${telling ? `: ${telling}` : ''}`;
}

/**
 * A heap ceiling for peers and tsc: ts-morph needs ~1.1 GB at 10k files and would run out of node's default
 * heap at 50k. A ceiling only matters when reached, so it does not change anyone's timings below it.
 */
export const PEER_HEAP = '--max-old-space-size=12288';

/** Runs one peer script in a fresh node process with JSON arguments. */
export async function runPeerChild(peer: PeerName, args: object, timeoutMs: number): Promise<SideResult> {
  const script = path.join(__dirname, '..', 'peers', `${peer}.js`);
  const run = await runChild(process.execPath, [PEER_HEAP, script, JSON.stringify(args)], { timeoutMs });
  const report = parsePeerReport(run.stdout);
  if (!report) return failed(childFailure(run));
  if (!report.ok) return failed(report.error ?? childFailure(run));
  const { ok, ms, maxRssMB, error, ...data } = report;
  return { ok: true, wallMs: run.wallMs, workMs: ms, maxRssMB: run.maxRssMB ?? maxRssMB, data };
}

/**
 * Runs read-only sides `times` rounds, each side once per round, so a machine whose speed drifts
 * over minutes (a shared host) slows every side alike; per side, the run with the median wall
 * clock, with the highest memory seen. A side that fails is not run again.
 */
export async function interleavedMedians<K extends string>(times: number, sides: Record<K, (() => Promise<SideResult>) | undefined>, log: (m: string) => void): Promise<Record<K, SideResult>> {
  const names = (Object.keys(sides) as K[]).filter((k) => sides[k] !== undefined);
  const runs = new Map<K, SideResult[]>(names.map((k) => [k, []]));
  const failures = new Map<K, SideResult>();
  for (let round = 1; round <= times; round++) {
    for (const k of names) {
      if (failures.has(k)) continue;
      const r = await sides[k]!();
      log(`  ${k} #${round}: ${r.ok ? `${r.wallMs} ms` : r.error}`);
      if (r.ok) runs.get(k)!.push(r);
      else failures.set(k, r);
    }
  }
  const out = {} as Record<K, SideResult>;
  for (const k of Object.keys(sides) as K[]) out[k] = sides[k] === undefined ? SKIPPED : failures.get(k) ?? medianRun(runs.get(k)!);
  return out;
}

function medianRun(runs: SideResult[]): SideResult {
  runs.sort((a, b) => (a.wallMs ?? 0) - (b.wallMs ?? 0));
  const median = runs[Math.floor((runs.length - 1) / 2)];
  const rss = runs.map((r) => r.maxRssMB).filter((m): m is number => m !== undefined);
  return { ...median, maxRssMB: rss.length ? Math.max(...rss) : undefined, data: { ...median.data, runs: runs.length } };
}
