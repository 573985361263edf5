import * as path from 'node:path';
import { parsePlan } from '../../src/plan/load';
import { combineStatus } from '../../src/status/combine';
import { computeStatus } from '../../src/status/compute';
import type { Status, StatusWord } from '../../src/status/types';
import { writeTree } from '../helpers/tree';

const HEAD = 'version: 1\nname: t\nroot: .\nlayers:\n  L5: { title: Engines, paths: ["**/engines/**"] }\n  L6: { title: Drivers, paths: ["**/drivers/**"] }\nrules:\n  HEADER_LAYER: {}\n';

/** The status of each step of a one-phase plan on a small tree. */
function statusOf(files: Record<string, string>, steps: string, extra = ''): [StatusWord, string][] {
  const root = writeTree(files);
  const plan = parsePlan(path.join(root, 'remediate.yaml'), `${HEAD}${extra}phases:\n  - id: phase-1\n    title: T\n    steps:\n${steps}`, 'remediate.yaml');
  return computeStatus(plan).phases[0].steps.map((s) => [s.status, s.detail]);
}

const A = { 'drivers/a.ts': 'export const a = 1;\n' };

describe('step status from the tree', () => {
  it.each([
    ['a move whose source and target both exist', { ...A, 'engines/a.ts': '' }, '      - move: drivers/a.ts\n        to: engines/a.ts\n', [['TODO', 'both drivers/a.ts and engines/a.ts exist']]],
    ['a folder move half done', { ...A, 'engines/b.ts': '' }, '      - move: drivers\n        to: engines\n', [['PARTIAL', 'engines exists, but files are left in drivers']]],
    ['a move of nothing to nowhere', {}, '      - move: drivers/a.ts\n        to: engines/a.ts\n', [['UNKNOWN', 'neither drivers/a.ts nor engines/a.ts exists']]],
    ['a header on a missing file', {}, '      - header: drivers/a.ts\n        tags: [HYBRID]\n', [['TODO', 'drivers/a.ts does not exist yet']]],
    ['an untag that is already done', A, '      - header: drivers/a.ts\n        tags: [-HYBRID]\n', [['DONE', 'header reads as set']]],
    ['a split with one of two names moved', { 'drivers/a.ts': 'export const a = 1;\n', 'engines/b.ts': 'export const b = 2;\n' }, '      - split: drivers/a.ts\n        extract: [a, b]\n        to: engines/b.ts\n', [['PARTIAL', 'a not yet in engines/b.ts']]],
    ['a rewrite with importers narrowed by files', { ...A, 'engines/u.ts': "import { a } from '../drivers/a';\n", 'engines/v.ts': "import { a } from '../drivers/a';\n" }, "      - rewrite-imports: { from: \"drivers/a\", to: \"engines/a\" }\n        files: [engines/v.ts]\n", [['TODO', '1 file still imports drivers/a: engines/v.ts']]],
    ['a deferred step, whatever the tree says', A, '      - move: drivers/a.ts\n        to: engines/a.ts\n        deferred: after M25\n', [['DEFERRED', 'after M25']]],
    ['a split by kinds with nothing left to extract', { ...A, 'engines/t.ts': 'export interface T {}\n' }, '      - split: drivers/a.ts\n        extract: { kinds: [interface] }\n        to: engines/t.ts\n', [['DONE', 'engines/t.ts holds what the selector extracts']]],
    ['a verify step with a per-rule maximum', { 'drivers/a.ts': '// Layer: L5\nexport const a = 1;\n' }, '      - verify: { expect: { max: { HEADER_LAYER: 0 } } }\n', [['TODO', 'expected at most 0 HEADER_LAYER violations, found 1']]],
  ])('%s', (_name, files, steps, expected) => {
    expect(statusOf(files as Record<string, string>, steps)).toEqual(expected);
  });
});

describe('a whole from its parts', () => {
  it.each([
    [[], 'DONE', 'nothing to do'],
    [['DONE', 'DONE'], 'DONE', '2 done'],
    [['DONE', 'DEFERRED'], 'PARTIAL', '1 done, 1 deferred'],
    [['DONE', 'TODO'], 'PARTIAL', '1 done, 1 to do'],
    [['PARTIAL', 'TODO'], 'PARTIAL', '1 partial, 1 to do'],
    [['DEFERRED', 'DEFERRED'], 'DEFERRED', '2 deferred'],
    [['TODO', 'DEFERRED'], 'TODO', '1 deferred, 1 to do'],
    [['UNKNOWN', 'DEFERRED'], 'UNKNOWN', '1 deferred, 1 unknown'],
    [['UNKNOWN', 'TODO'], 'TODO', '1 to do, 1 unknown'],
  ])('%j → %s', (words, status, detail) => {
    const parts: Status[] = (words as StatusWord[]).map((w) => ({ status: w, detail: '' }));
    expect(combineStatus(parts)).toEqual({ status, detail });
  });
});

describe('checklist', () => {
  it('fails an item whose rule is not enabled, rather than passing it unseen', () => {
    const root = writeTree(A);
    const plan = parsePlan(path.join(root, 'remediate.yaml'), `${HEAD}checklist:\n  - item: Init files up to date\n    rules: [BARREL_STALE]\n  - item: Drivers are L6\n    rules: [HEADER_LAYER]\n    files: ["drivers/**"]\n`, 'remediate.yaml');
    expect(computeStatus(plan).checklist).toEqual([
      { item: 'Init files up to date', ok: false, detail: "BARREL_STALE did not run (it is not enabled under the plan's rules)" },
      { item: 'Drivers are L6', ok: true, detail: 'no HEADER_LAYER violations in drivers/**' },
    ]);
  });
});
