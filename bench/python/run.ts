import { positive, provenance, sideOf } from '../harness/cli-args';
import * as fs from 'fs';
import * as path from 'path';
import { repoRoot } from '../paths';
import { measurePySize, PY_SIDES, PyMeasureOptions, PySideName, PySizeResult } from './measure';
import { pyScalingSection, pySizeSection } from './report';

const USAGE = `usage: node dist/bench/run.js --python [--sizes 10000] [--full] [--peers ${PY_SIDES.join(',')}]
       [--repeat 3] [--seed 42] [--out BENCHMARKS-python.md] [--keep] [--no-typecheck] [--timeout-s 3600]`;

interface PyRunArgs extends PyMeasureOptions {
  readonly sizes: number[];
  readonly out: string;
}

/** Whether the runner should run the Python bench: `--python` or `BENCH_LANG=python`. */
export function wantsPython(argv: string[]): boolean {
  return argv.includes('--python') || process.env.BENCH_LANG === 'python';
}

/** Parses the Python runner's flags (`--python` itself is accepted and ignored); throws with the usage on anything unknown. */
export function parsePyArgs(argv: string[]): PyRunArgs {
  let sizes = [10000];
  let sides = new Set<PySideName>(PY_SIDES);
  let repeat = 3;
  let seed = 42;
  let out = path.join(repoRoot(), 'BENCHMARKS-python.md');
  let keepCopies = false;
  let typecheck = true;
  let timeoutMs = 3600_000;
  let full = false;
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value\n${USAGE}`);
      return v;
    };
    if (flag === '--python') continue;
    if (flag === '--sizes') sizes = value().split(',').map((s) => positive(s, flag));
    else if (flag === '--full') full = true;
    else if (flag === '--peers') sides = new Set(value().split(',').map((s) => sideOf(PY_SIDES, s)));
    else if (flag === '--repeat') repeat = positive(value(), flag);
    else if (flag === '--seed') seed = positive(value(), flag);
    else if (flag === '--out') out = path.resolve(value());
    else if (flag === '--keep') keepCopies = true;
    else if (flag === '--no-typecheck') typecheck = false;
    else if (flag === '--timeout-s') timeoutMs = positive(value(), flag) * 1000;
    else throw new Error(`unknown argument ${flag}\n${USAGE}`);
  }
  if (full && !sizes.includes(50000)) sizes.push(50000);
  return { sizes, sides, repeat, seed, out, keepCopies, typecheck, timeoutMs };
}



function header(args: PyRunArgs): string[] {
  return [
    '# Benchmarks (Python code bases)', '',
    ...provenance(args.sizes, args.repeat), '',
    'Times are child-process wall clocks, spawn to exit (interpreter startup included, for every side). '
      + 'Memory is the peak RSS of the largest process in the side\'s process tree (GNU time %M). '
      + 'Writers run on a fresh `cp -r` copy of the corpus (the copy is not timed). '
      + 'A side that could not run shows `failed: <reason>`; no number is estimated.', '',
  ];
}

/** Runs the Python bench and writes its markdown report. */
export async function runPythonBench(argv: string[]): Promise<void> {
  const args = parsePyArgs(argv);
  const results: PySizeResult[] = [];
  const lines = header(args);
  for (const files of args.sizes) {
    const section = pySizeSection(await measurePySize(files, args).then((r) => (results.push(r), r)));
    process.stdout.write(section.join('\n') + '\n');
    lines.push(...section);
  }
  const small = results.find((r) => r.tree.files === 10000);
  const large = results.find((r) => r.tree.files === 50000);
  if (small && large) lines.push(...pyScalingSection(small, large));
  fs.writeFileSync(args.out, lines.join('\n'));
  process.stderr.write(`[bench:python] wrote ${args.out}\n`);
}
