import { positive, provenance, sideOf } from './harness/cli-args';
import * as fs from 'fs';
import * as path from 'path';
import { measureSize, MeasureOptions, SideName, SIDES, SizeResult } from './harness/measure';
import { scalingSection, sizeSection } from './harness/report';
import { repoRoot } from './paths';
import { runPythonBench, wantsPython } from './python/run';

const USAGE = `usage: node dist/bench/run.js [--sizes 1000,10000] [--full] [--peers ${SIDES.join(',')}]
       [--repeat 5] [--seed 42] [--out BENCHMARKS.md] [--keep] [--timeout-s 1800]`;

interface RunArgs extends MeasureOptions {
  readonly sizes: number[];
  readonly out: string;
}

/** Parses the runner's flags; throws with the usage on anything unknown. */
export function parseArgs(argv: string[]): RunArgs {
  let sizes = [1000, 10000];
  let sides = new Set<SideName>(SIDES);
  let repeat = 5;
  let seed = 42;
  let out = path.join(repoRoot(), 'BENCHMARKS.md');
  let keepCopies = false;
  let timeoutMs = 1800_000;
  let full = false;
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value\n${USAGE}`);
      return v;
    };
    if (flag === '--sizes') sizes = value().split(',').map((s) => positive(s, flag));
    else if (flag === '--full') full = true;
    else if (flag === '--peers') sides = new Set(value().split(',').map((s) => sideOf(SIDES, s)));
    else if (flag === '--repeat') repeat = positive(value(), flag);
    else if (flag === '--seed') seed = positive(value(), flag);
    else if (flag === '--out') out = path.resolve(value());
    else if (flag === '--keep') keepCopies = true;
    else if (flag === '--timeout-s') timeoutMs = positive(value(), flag) * 1000;
    else throw new Error(`unknown argument ${flag}\n${USAGE}`);
  }
  if (full && !sizes.includes(50000)) sizes.push(50000);
  return { sizes, sides, repeat, seed, out, keepCopies, timeoutMs };
}



function header(args: RunArgs): string[] {
  return [
    '# Benchmarks', '',
    ...provenance(args.sizes, args.repeat), '',
    'Times are child-process wall clocks, spawn to exit (node startup and module loading included, for every side). '
      + 'Memory is the peak RSS of the largest process in the side\'s process tree (GNU time %M). '
      + 'Writers run on a fresh `cp -r` copy of the corpus (the copy is not timed). '
      + 'A side that could not run shows `failed: <reason>`; no number is estimated.', '',
  ];
}

async function main(): Promise<void> {
  if (wantsPython(process.argv.slice(2))) return runPythonBench(process.argv.slice(2));
  const args = parseArgs(process.argv.slice(2));
  const results: SizeResult[] = [];
  const lines = header(args);
  for (const files of args.sizes) {
    const result = await measureSize(files, args);
    results.push(result);
    const section = sizeSection(result);
    process.stdout.write(section.join('\n') + '\n');
    lines.push(...section);
  }
  const small = results.find((r) => r.tree.files === 10000);
  const large = results.find((r) => r.tree.files === 50000);
  if (small && large) {
    const section = scalingSection(small, large);
    process.stdout.write(section.join('\n') + '\n');
    lines.push(...section);
  }
  fs.writeFileSync(args.out, lines.join('\n'));
  process.stderr.write(`[bench] wrote ${args.out}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 2;
});
