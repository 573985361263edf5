import { dropCopies, freshCopy } from '../harness/scratch';
import { interleavedMedians, SideResult, SKIPPED } from '../harness/side';
import { generatePyTree, GeneratedPyTree, PY_PLAN } from './generate';
import { PY_LEGACY_SOURCE, PY_LEGACY_TARGET } from './corpus/layout';
import { libcstRename, pyFloor, pyValidator, remediatePyRun, remediatePyVerify, ropeMove } from './sides';
import { baselinePyrightErrors, changedPyFiles, countPyrightErrors } from './typecheck';

/** Every side of the Python bench; `--peers` picks a subset. */
export const PY_SIDES = ['py-floor', 'py-validator', 'rope-move', 'libcst-rewrite', 'remediate'] as const;
export type PySideName = (typeof PY_SIDES)[number];
const ROOTS = ['backend', 'backend/vendor'];

export interface PyMeasureOptions {
  readonly seed: number;
  readonly repeat: number;
  readonly sides: ReadonlySet<PySideName>;
  readonly keepCopies: boolean;
  readonly timeoutMs: number;
  /** Count pyright errors on the corpus and on every writer's result (untimed, slow at 50k). */
  readonly typecheck: boolean;
}

/** A writer's run, the .py files it changed and the pyright errors its output left (both untimed). */
export interface PyWriterResult {
  readonly run: SideResult;
  readonly filesChanged?: number;
  readonly typeErrors?: number | string;
}

/** Everything measured at one Python corpus size. */
export interface PySizeResult {
  readonly tree: GeneratedPyTree;
  readonly generateMs: number;
  readonly baselineTypeErrors: number | string;
  readonly floor: SideResult;
  readonly validator: SideResult;
  readonly verify: SideResult;
  readonly rope: PyWriterResult;
  readonly move: PyWriterResult;
  readonly libcst: PyWriterResult;
  readonly rewrite: PyWriterResult;
}

function log(message: string): void {
  process.stderr.write(`[bench:python] ${message}\n`);
}

/** The dotted module a root-relative package folder under `backend/` is imported as. */
function dotted(folder: string): string {
  return folder.replace(/^backend\//, '').replace(/\//g, '.');
}

/** Generates (or reuses) the Python corpus of `files` files and runs every selected side on it. */
export async function measurePySize(files: number, o: PyMeasureOptions): Promise<PySizeResult> {
  const started = performance.now();
  const tree = generatePyTree({ files, seed: o.seed });
  const generateMs = Math.round(performance.now() - started);
  log(`${files} files: corpus ${tree.reused ? 'reused' : 'generated'} in ${generateMs} ms at ${tree.dir}`);
  const baseline = o.typecheck ? await baselinePyrightErrors(tree.dir, tree.generatorVersion) : 'not counted (--no-typecheck)';
  const has = (s: PySideName) => o.sides.has(s);
  const plan = `${tree.dir}/${PY_PLAN}`;
  log(`  read-only sides, ${o.repeat} interleaved rounds …`);
  const { floor, validator, verify } = await interleavedMedians(o.repeat, {
    floor: has('py-floor') ? () => pyFloor(tree.dir, o.timeoutMs) : undefined,
    validator: has('py-validator') ? () => pyValidator(tree.dir, plan, o.timeoutMs) : undefined,
    verify: has('remediate') ? () => remediatePyVerify(tree.dir, plan, o.timeoutMs) : undefined,
  }, log);
  const writer = async (side: PySideName, name: string, write: (copy: string) => Promise<SideResult>): Promise<PyWriterResult> => {
    if (!has(side)) return { run: SKIPPED };
    const copy = freshCopy(tree.dir, name);
    log(`  ${name} …`);
    const run = await write(copy);
    log(`  ${name}: ${run.ok ? `${run.wallMs} ms` : run.error}`);
    if (!run.ok) return { run };
    return { run, filesChanged: await changedPyFiles(tree.dir, copy), typeErrors: o.typecheck ? await countPyrightErrors(copy) : undefined };
  };
  const rope = await writer('rope-move', 'rope-move', (copy) => ropeMove(copy, tree.hubFolder, tree.moveDest, ROOTS, o.timeoutMs));
  const move = await writer('remediate', 'remediate-move-package', (copy) => remediatePyRun(copy, 'move-package', o.timeoutMs));
  const libcst = await writer('libcst-rewrite', 'libcst-rewrite', (copy) => libcstRename(copy, PY_LEGACY_SOURCE, dotted(PY_LEGACY_TARGET), o.timeoutMs));
  const rewrite = await writer('remediate', 'remediate-rewrite-legacy', (copy) => remediatePyRun(copy, 'rewrite-legacy', o.timeoutMs));
  if (!o.keepCopies) dropCopies(tree.dir);
  return { tree, generateMs, baselineTypeErrors: baseline, floor, validator, verify, rope, move, libcst, rewrite };
}
