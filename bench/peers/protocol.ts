/** Peers print their result on one stdout line that starts with this (libraries may print too). */
export const RESULT_MARKER = '@@bench-result@@ ';

/** What every peer reports: in-process work time and its own peak memory, plus its own findings. */
export interface PeerReport {
  readonly ok: boolean;
  readonly ms?: number;
  readonly maxRssMB?: number;
  readonly error?: string;
  readonly [key: string]: unknown;
}

/** Runs a peer's work with the JSON arguments in argv[2] and prints `{ ms, maxRssMB, ...result }`. */
export function runPeer<A, R extends object>(work: (args: A) => Promise<R> | R): void {
  const started = performance.now();
  Promise.resolve()
    .then(() => work(JSON.parse(process.argv[2] ?? '{}') as A))
    .then((result) => {
      const ms = Math.round(performance.now() - started);
      print({ ok: true, ms, maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024), ...result });
    })
    .catch((err: unknown) => {
      print({ ok: false, error: err instanceof Error ? err.message : String(err) });
      process.exitCode = 1;
    });
}

function print(report: PeerReport): void {
  process.stdout.write(`\n${RESULT_MARKER}${JSON.stringify(report)}\n`);
}

/** Finds the report line in a peer's stdout. */
export function parsePeerReport(stdout: string): PeerReport | undefined {
  const line = stdout.split('\n').find((l) => l.startsWith(RESULT_MARKER));
  return line ? (JSON.parse(line.slice(RESULT_MARKER.length)) as PeerReport) : undefined;
}
