import { generateTree, GeneratedTree } from '../generate';
import { remediateAnalyze, remediateDryRun, remediateRun, remediateVerify } from '../peers/remediate';
import { MOVE_TARGET } from '../corpus/layout';
import { dropCopies, freshCopy } from './scratch';
import { interleavedMedians, PeerName, runPeerChild, SideResult, SKIPPED } from './side';
import { baselineTypeErrors, countTypeErrors } from './typecheck';

/** Every side the runner knows; `--peers` picks a subset. */
export const SIDES = ['floor', 'depcruise', 'tsmorph-move', 'jscodeshift-rewrite', 'remediate'] as const;
export type SideName = (typeof SIDES)[number];

export interface MeasureOptions {
  readonly seed: number;
  readonly repeat: number;
  readonly sides: ReadonlySet<SideName>;
  readonly keepCopies: boolean;
  readonly timeoutMs: number;
}

/** A writer's run plus the type errors its output left (untimed). */
export interface WriterResult {
  readonly run: SideResult;
  readonly typeErrors?: number | string;
}

/** Everything measured at one corpus size. */
export interface SizeResult {
  readonly tree: GeneratedTree;
  readonly generateMs: number;
  readonly baselineTypeErrors: number | string;
  readonly floor: SideResult;
  readonly depcruise: SideResult;
  readonly verify: SideResult;
  /** `remediate analyze` on the same corpus, interleaved with verify (target ≤ 3x verify). */
  readonly analyze: SideResult;
  readonly tsmorph: WriterResult;
  readonly jscodeshift: WriterResult;
  readonly move: WriterResult;
  readonly rewrite: WriterResult;
  /** `run move-folder --dry-run` without and with `--typecheck` (one run each). */
  readonly typecheckGate: { readonly plain: SideResult; readonly checked: SideResult };
}


function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

/** Runs a writer on a fresh copy, then type-checks the copy. */
async function writer(corpus: string, side: string, write: (copy: string) => Promise<SideResult>): Promise<WriterResult> {
  const copy = freshCopy(corpus, side);
  log(`  ${side} …`);
  const run = await write(copy);
  log(`  ${side}: ${run.ok ? `${run.wallMs} ms` : run.error}`);
  return { run, typeErrors: run.ok ? await countTypeErrors(copy) : undefined };
}

/** Generates (or reuses) the corpus of `files` files and runs every selected side on it. */
export async function measureSize(files: number, o: MeasureOptions): Promise<SizeResult> {
  const started = performance.now();
  const tree = generateTree({ files, seed: o.seed });
  const generateMs = Math.round(performance.now() - started);
  log(`${files} files: corpus ${tree.reused ? 'reused' : 'generated'} in ${generateMs} ms at ${tree.dir}`);
  const baseline = await baselineTypeErrors(tree.dir, tree.generatorVersion);
  const has = (s: SideName) => o.sides.has(s);
  const corpusArgs = { corpus: tree.dir };
  const peer = (name: PeerName, args: object) => () => runPeerChild(name, args, o.timeoutMs);

  log(`  read-only sides, ${o.repeat} interleaved rounds …`);
  const { floor, depcruise, verify, analyze } = await interleavedMedians(o.repeat, {
    floor: has('floor') ? peer('floor', corpusArgs) : undefined,
    depcruise: has('depcruise') ? peer('depcruise', corpusArgs) : undefined,
    verify: has('remediate') ? () => remediateVerify(tree.dir, o.timeoutMs) : undefined,
    analyze: has('remediate') ? () => remediateAnalyze(tree.dir, o.timeoutMs) : undefined,
  }, log);
  const skippedWriter = { run: SKIPPED };
  const tsmorph = has('tsmorph-move')
    ? await writer(tree.dir, 'tsmorph-move', (copy) => runPeerChild('tsmorph-move', { copy, from: tree.hubFolder, to: MOVE_TARGET }, o.timeoutMs))
    : skippedWriter;
  const jscodeshift = has('jscodeshift-rewrite')
    ? await writer(tree.dir, 'jscodeshift-rewrite', (copy) => runPeerChild('jscodeshift-rewrite', { copy }, o.timeoutMs))
    : skippedWriter;
  const move = has('remediate')
    ? await writer(tree.dir, 'remediate-move-folder', (copy) => remediateRun(copy, 'move-folder', o.timeoutMs)) : skippedWriter;
  const rewrite = has('remediate')
    ? await writer(tree.dir, 'remediate-rewrite-legacy', (copy) => remediateRun(copy, 'rewrite-legacy', o.timeoutMs)) : skippedWriter;
  const typecheckGate = has('remediate') ? await gateCost(tree.dir, o.timeoutMs) : { plain: SKIPPED, checked: SKIPPED };
  if (!o.keepCopies) dropCopies(tree.dir);
  return { tree, generateMs, baselineTypeErrors: baseline, floor, depcruise, verify, analyze, tsmorph, jscodeshift, move, rewrite, typecheckGate };
}

/** The type-check gate's cost: the move-folder dry run without it, then with it (once each: the gate's check of 10k files is long). */
async function gateCost(corpus: string, timeoutMs: number): Promise<SizeResult['typecheckGate']> {
  log('  type-check gate: move-folder --dry-run without and with --typecheck …');
  const plain = await remediateDryRun(corpus, 'move-folder', false, timeoutMs);
  const checked = await remediateDryRun(corpus, 'move-folder', true, timeoutMs);
  log(`  type-check gate: ${plain.ok ? `${plain.wallMs} ms` : plain.error} / ${checked.ok ? `${checked.wallMs} ms` : checked.error}`);
  return { plain, checked };
}
