import * as os from 'node:os';

/** A flag's value as a positive integer, or an error naming the flag. */
export function positive(text: string, flag: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${flag}: not a positive integer: ${text}`);
  return n;
}

/** A peer's name, checked against the known ones. */
export function sideOf<T extends string>(known: readonly T[], text: string): T {
  if (!(known as readonly string[]).includes(text)) throw new Error(`unknown peer ${text}; known: ${known.join(', ')}`);
  return text as T;
}

/** The report's lines naming when, on what machine and with which command it was measured. */
export function provenance(sizes: number[], repeat: number): string[] {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  return [
    `Date: ${new Date().toISOString()}  `,
    `Machine: ${cpu}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${os.type()} ${os.release()}, Node ${process.version}  `,
    `Command: \`node dist/bench/run.js ${process.argv.slice(2).join(' ')}\` (sizes ${sizes.join(', ')}; read-only sides: median of ${repeat} interleaved rounds)`,
  ];
}
