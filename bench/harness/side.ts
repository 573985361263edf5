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

/** Runs a read-only side `times` times; the run with the median wall clock, with the highest memory seen. */
export async function medianOf(times: number, once: () => Promise<SideResult>): Promise<SideResult> {
  const runs: SideResult[] = [];
  for (let i = 0; i < times; i++) {
    const r = await once();
    if (!r.ok) return r;
    runs.push(r);
  }
  runs.sort((a, b) => (a.wallMs ?? 0) - (b.wallMs ?? 0));
  const median = runs[Math.floor((runs.length - 1) / 2)];
  const rss = runs.map((r) => r.maxRssMB).filter((m): m is number => m !== undefined);
  return { ...median, maxRssMB: rss.length ? Math.max(...rss) : undefined, data: { ...median.data, runs: runs.length } };
}
