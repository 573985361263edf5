import { SideResult } from '../harness/side';
import { fmtRatio, mb, met, ms, ratio, table } from '../harness/table';
import { PySizeResult, PyWriterResult } from './measure';
import { violationKey } from './sides';

const RULES = ['BANNED_NAMING', 'LEGACY_IMPORT', 'ORM_RUNTIME', 'LAYER_BOUNDARY', 'HEADER_LAYER', 'AUDIENCE_BOUNDARY', 'UNRESOLVED_IMPORT'];








function newErrors(w: PyWriterResult, baseline: number | string): number | undefined {
  return typeof w.typeErrors === 'number' && typeof baseline === 'number' ? w.typeErrors - baseline : undefined;
}

function keys(r: SideResult): Set<string> | undefined {
  return r.ok ? new Set(r.data.keys as string[]) : undefined;
}

/** `same` when two violation sets are equal, else how many each has that the other lacks. */
function compare(a: Set<string> | undefined, b: Set<string> | undefined): string {
  if (!a || !b) return 'n/a';
  const onlyA = [...a].filter((k) => !b.has(k)).length;
  const onlyB = [...b].filter((k) => !a.has(k)).length;
  return onlyA === 0 && onlyB === 0 ? 'same' : `NO: ${onlyA} only left, ${onlyB} only right`;
}

function targets(s: PySizeResult): string[] {
  const vsValidator = ratio(s.validator, s.verify);
  const vsFloor = ratio(s.floor, s.verify);
  const vsRope = ratio(s.rope.run, s.move.run);
  const vsLibcst = ratio(s.libcst.run, s.rewrite.run);
  const same = compare(keys(s.verify), keys(s.validator));
  const moveNew = newErrors(s.move, s.baselineTypeErrors);
  const runs = [s.verify, s.move.run, s.rewrite.run].filter((r) => r.ok && r.maxRssMB !== undefined);
  const peak = runs.length === 3 ? Math.max(...runs.map((r) => r.maxRssMB!)) : undefined;
  return table(['scenario', 'remediate ms', 'peer ms', 'ratio (peer/remediate)', 'target', 'met?', 'memory (remediate / peer)'], [
    ['verify vs py_validator (seed-style, Python ast)', ms(s.verify), ms(s.validator), fmtRatio(vsValidator), '≥ 10x, same violations',
      met(vsValidator === undefined ? undefined : vsValidator >= 10 && same === 'same'), `${mb(s.verify)} / ${mb(s.validator)}`],
    ['verify vs floor (list + read + regex)', ms(s.verify), ms(s.floor), fmtRatio(vsFloor), 'remediate ≤ 2x floor (ratio ≥ 0.5x)',
      met(vsFloor === undefined ? undefined : vsFloor >= 1 / 2), `${mb(s.verify)} / ${mb(s.floor)}`],
    ['move-package vs rope MoveModule', ms(s.move.run), ms(s.rope.run), fmtRatio(vsRope), '≥ 20x, 0 new pyright errors',
      met(vsRope === undefined || moveNew === undefined ? undefined : vsRope >= 20 && moveNew === 0), `${mb(s.move.run)} / ${mb(s.rope.run)}`],
    ['rewrite-legacy vs libcst RenameCommand', ms(s.rewrite.run), ms(s.libcst.run), fmtRatio(vsLibcst), '≥ 10x',
      met(vsLibcst === undefined ? undefined : vsLibcst >= 10), `${mb(s.rewrite.run)} / ${mb(s.libcst.run)}`],
    ['remediate peak memory (all scenarios)', '–', '–', '–', '< 1 GiB', met(peak === undefined ? undefined : peak < 1024), peak === undefined ? '–' : `${peak} MB`],
  ]);
}

function count(r: SideResult, rule: string): string {
  return r.ok ? String((r.data.violations as Record<string, number>)[rule] ?? 0) : r.skipped ? 'skipped' : 'failed';
}

function agreement(s: PySizeResult): string[] {
  const planted = new Set(s.tree.planted.map(violationKey));
  const rows: Array<Array<string | number>> = RULES.map((rule) => [rule, s.tree.planted.filter((p) => p.rule === rule).length, count(s.validator, rule), count(s.verify, rule)]);
  rows.push(['(rule, file, line) sets vs planted', planted.size, compare(keys(s.validator), planted), compare(keys(s.verify), planted)]);
  return table(['rule', 'planted', 'py_validator', 'remediate verify'], rows);
}

function writers(s: PySizeResult): string[] {
  const line = (name: string, w: PyWriterResult): Array<string | number> => {
    const n = newErrors(w, s.baselineTypeErrors);
    return [name, ms(w.run), mb(w.run), w.filesChanged ?? '–', w.typeErrors ?? '–', n === undefined ? '–' : n];
  };
  return table(['writer', 'ms', 'memory', '.py files changed', `pyright errors after (corpus: ${s.baselineTypeErrors})`, 'new'], [
    line('rope MoveModule', s.rope), line('remediate run move-package', s.move),
    line('libcst RenameCommand', s.libcst), line('remediate run rewrite-legacy', s.rewrite),
  ]);
}

/** The markdown section for one Python corpus size. */
export function pySizeSection(s: PySizeResult): string[] {
  const t = s.tree;
  return [
    `### Python, ${t.files.toLocaleString('en-US')} files`, '',
    `Corpus: ${t.files} .py files, ${t.imports} imports, seed ${t.seed}, ${t.reused ? 'reused' : `generated in ${s.generateMs} ms`}. `
      + `Moved package \`${t.hubFolder}\` has ${t.hubImporters} importers outside it. `
      + `Floor matched ${s.floor.ok ? `${s.floor.data.files} files / ${s.floor.data.imports} import lines` : 'nothing (not run or failed)'}.`, '',
    ...targets(s), '', '**Violations per rule**', '', ...agreement(s), '',
    '**Writers** (each on its own fresh copy; changed files and pyright errors counted afterwards, untimed)', '', ...writers(s), '',
  ];
}

/** remediate's 50k time against its 10k time, per Python scenario (target ≤ 6x). */
export function pyScalingSection(small: PySizeResult, large: PySizeResult): string[] {
  const line = (name: string, a: SideResult, b: SideResult): Array<string | number> => {
    const r = a.ok && b.ok ? b.wallMs! / a.wallMs! : undefined;
    return [name, ms(a), ms(b), fmtRatio(r), '≤ 6x', met(r === undefined ? undefined : r <= 6)];
  };
  return [`### Python scaling ${small.tree.files} → ${large.tree.files} files`, '',
    ...table(['remediate scenario', `${small.tree.files} ms`, `${large.tree.files} ms`, 'ratio', 'target', 'met?'], [
      line('verify', small.verify, large.verify), line('move-package', small.move.run, large.move.run),
      line('rewrite-legacy', small.rewrite.run, large.rewrite.run),
    ]), ''];
}
