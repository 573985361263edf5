import { SideResult } from './side';
import { fmtRatio, mb, met, ms, ratio, table } from './table';
import type { TypecheckData } from '../peers/remediate';
import { SizeResult, WriterResult } from './measure';

const CATEGORIES = ['LEGACY_IMPORT', 'ORM_RUNTIME', 'LAYER_BOUNDARY', 'AUDIENCE_BOUNDARY'] as const;
const GIB_MB = 1024;









/** New type errors a writer left, relative to the untouched corpus. */
export function newTypeErrors(w: WriterResult, baseline: number | string): number | undefined {
  return typeof w.typeErrors === 'number' && typeof baseline === 'number' ? w.typeErrors - baseline : undefined;
}

function targetsTable(s: SizeResult): string[] {
  const vsDepcruise = ratio(s.depcruise, s.verify);
  const vsFloor = ratio(s.floor, s.verify);
  const vsVerify = ratio(s.verify, s.analyze);
  const vsTsmorph = ratio(s.tsmorph.run, s.move.run);
  const vsJscodeshift = ratio(s.jscodeshift.run, s.rewrite.run);
  const moveNew = newTypeErrors(s.move, s.baselineTypeErrors);
  const remediateRuns = [s.verify, s.move.run, s.rewrite.run].filter((r) => r.ok && r.maxRssMB !== undefined);
  const peak = remediateRuns.length === 3 ? Math.max(...remediateRuns.map((r) => r.maxRssMB!)) : undefined;
  const both = (r: number | undefined, ok: (x: number) => boolean) => (r === undefined ? undefined : ok(r));
  return table(['scenario', 'remediate ms', 'peer ms', 'ratio (peer/remediate)', 'target', 'met?', 'memory (remediate / peer)'], [
    ['verify vs dependency-cruiser', ms(s.verify), ms(s.depcruise), fmtRatio(vsDepcruise), '≥ 10x', met(both(vsDepcruise, (r) => r >= 10)),
      `${mb(s.verify)} / ${mb(s.depcruise)}`],
    ['verify vs floor (list + read + lex)', ms(s.verify), ms(s.floor), fmtRatio(vsFloor), 'remediate ≤ 3x floor (ratio ≥ 0.33x)',
      met(both(vsFloor, (r) => r >= 1 / 3)), `${mb(s.verify)} / ${mb(s.floor)}`],
    ['analyze vs verify (same index)', ms(s.analyze), ms(s.verify), fmtRatio(vsVerify), 'analyze ≤ 3x verify (ratio ≥ 0.33x)',
      met(both(vsVerify, (r) => r >= 1 / 3)), `${mb(s.analyze)} / ${mb(s.verify)}`],
    ['move-folder vs ts-morph', ms(s.move.run), ms(s.tsmorph.run), fmtRatio(vsTsmorph), '≥ 15x and 0 new type errors',
      met(vsTsmorph === undefined || moveNew === undefined ? undefined : vsTsmorph >= 15 && moveNew === 0),
      `${mb(s.move.run)} / ${mb(s.tsmorph.run)}`],
    ['rewrite-legacy vs jscodeshift', ms(s.rewrite.run), ms(s.jscodeshift.run), fmtRatio(vsJscodeshift), '≥ 10x',
      met(both(vsJscodeshift, (r) => r >= 10)), `${mb(s.rewrite.run)} / ${mb(s.jscodeshift.run)}`],
    ['remediate peak memory (all scenarios)', '–', '–', '–', '< 1 GiB', met(peak === undefined ? undefined : peak < GIB_MB),
      peak === undefined ? '–' : `${peak} MB`],
  ]);
}

function counts(r: SideResult, category: string): string {
  if (!r.ok) return r.skipped ? 'skipped' : 'failed';
  return String((r.data.violations as Record<string, number> | undefined)?.[category] ?? 0);
}

function agreementTable(s: SizeResult): string[] {
  const rows: Array<Array<string | number>> = CATEGORIES.map((c) => {
    const rem = counts(s.verify, c);
    const dep = counts(s.depcruise, c);
    const planted = String(s.tree.planted[c]);
    const agree = s.verify.ok && s.depcruise.ok ? (rem === dep ? 'yes' : 'NO') : 'n/a';
    const offPlan = [rem, dep].some((n) => /^\d+$/.test(n) && n !== planted) ? ' (a count differs from planted)' : '';
    return [c, planted, rem, dep, agree + offPlan];
  });
  const extra = s.verify.ok ? Object.entries(s.verify.data.violations as Record<string, number>)
    .filter(([rule]) => !(CATEGORIES as readonly string[]).includes(rule)) : [];
  for (const [rule, n] of extra) rows.push([rule, 0, String(n), '–', 'NO (not planted)']);
  return table(['category', 'planted', 'remediate verify', 'dependency-cruiser', 'agree?'], rows);
}

function writersTable(s: SizeResult): string[] {
  const line = (name: string, w: WriterResult): Array<string | number> => [
    name, ms(w.run), mb(w.run), w.run.ok ? String(w.run.data.filesChanged ?? '?') : '–',
    w.typeErrors ?? '–', (() => { const n = newTypeErrors(w, s.baselineTypeErrors); return n === undefined ? '–' : n; })(),
  ];
  return table(['writer', 'ms', 'memory', 'files changed', `type errors after (corpus: ${s.baselineTypeErrors})`, 'new'], [
    line('ts-morph directory.move + save', s.tsmorph), line('remediate run move-folder', s.move),
    line('jscodeshift legacy rewrite', s.jscodeshift), line('remediate run rewrite-legacy', s.rewrite),
  ]);
}

/** The opt-in type-check gate: what `--typecheck` adds to a dry run, and its two checks as the gate timed them. */
function typecheckGateTable(s: SizeResult): string[] {
  const { plain, checked } = s.typecheckGate;
  const tc = checked.ok ? (checked.data.typecheck as TypecheckData) : undefined;
  const overhead = plain.ok && checked.ok ? `+${checked.wallMs! - plain.wallMs!} ms (${(checked.wallMs! / plain.wallMs!).toFixed(1)}x)` : '–';
  return table(['run move-folder --dry-run', 'ms', 'memory', 'gate: check before (ms)', 'gate: check after (ms, share of before)', 'diagnostics before → after (added)'], [
    ['without --typecheck', ms(plain), mb(plain), '–', '–', '–'],
    ['with --typecheck', ms(checked), mb(checked), tc ? String(tc.beforeMs) : '–',
      tc ? `${tc.afterMs} (${Math.round((100 * tc.afterMs) / Math.max(tc.beforeMs, 1))}%)` : '–', tc ? `${tc.before} → ${tc.after} (${tc.added})` : '–'],
    ['cost of the gate', overhead, '–', '–', '–', '–'],
  ]);
}

/** The markdown section for one corpus size. */
export function sizeSection(s: SizeResult): string[] {
  const t = s.tree;
  const p = t.planted;
  return [
    `### ${t.files.toLocaleString('en-US')} files`, '',
    `Corpus: ${t.files} files, ${t.imports} imports, seed ${t.seed}, ${t.reused ? 'reused' : `generated in ${s.generateMs} ms`}. `
      + `Moved folder \`${t.hubFolder}\` has ${p.hubImporters} importers outside it; ${p.ormTypeOnlyExempt} engines have exempt type-only ORM imports. `
      + `Floor lexed ${s.floor.ok ? `${s.floor.data.files} files / ${s.floor.data.imports} imports` : 'nothing (failed)'}.`, '',
    ...targetsTable(s), '', '**Violations per category**', '', ...agreementTable(s), '',
    '**Writers** (each on its own fresh copy; type errors counted afterwards with `tsc --noEmit`, untimed)', '',
    ...writersTable(s), '',
    '**Type-check gate** (`run move-folder --dry-run --json`, once each on the corpus; the gate times its checks in-process)', '',
    ...typecheckGateTable(s), '',
  ];
}

/** remediate's 50k time against its 10k time, per scenario (target ≤ 6x). */
export function scalingSection(small: SizeResult, large: SizeResult): string[] {
  const line = (name: string, a: SideResult, b: SideResult): Array<string | number> => {
    const r = a.ok && b.ok ? b.wallMs! / a.wallMs! : undefined;
    return [name, ms(a), ms(b), fmtRatio(r), '≤ 6x', met(r === undefined ? undefined : r <= 6)];
  };
  return [`### Scaling ${small.tree.files} → ${large.tree.files} files`, '',
    ...table(['remediate scenario', `${small.tree.files} ms`, `${large.tree.files} ms`, 'ratio', 'target', 'met?'], [
      line('verify', small.verify, large.verify), line('move-folder', small.move.run, large.move.run),
      line('rewrite-legacy', small.rewrite.run, large.rewrite.run),
    ]), ''];
}
