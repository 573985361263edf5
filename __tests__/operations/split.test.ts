import * as path from 'node:path';
import { runPhases } from '../../src/engine/run-phase';
import { StateError } from '../../src/errors';
import { splitOperation } from '../../src/operations/split';
import { parsePlan } from '../../src/plan/load';
import type { SplitStep } from '../../src/plan/types';
import { Workspace } from '../../src/workspace/workspace';
import { planText } from '../helpers/rule-cases';
import { copyTree, readTree, writeTree } from '../helpers/tree';
import { FIXTURES, fixtureCases, runCase, typeErrors } from './fixture-trees';

const CASES = ['barrel', 'existing-target', 'kinds', 'kinds-and-uses', 'names', 'namespace', 'nodenext', 'noop', 'reexport', 'uses', 'value-and-type', 'with-dependencies'];

describe('split fixtures', () => {
  it('has the expected cases', () => {
    expect(fixtureCases('split')).toEqual(CASES);
  });

  it.each(CASES)('%s: the tree is exactly after/, and a second run changes nothing', (name) => {
    const run = runCase('split', name);
    expect(run.actual).toEqual(run.expected);
    expect(run.again).toEqual(run.expected);
    expect(run.second.map((r) => r.status)).toEqual(run.second.map(() => 'unchanged'));
  });

  it.each(CASES)('%s: type-checks before and after the split (strict, verbatimModuleSyntax, noUnusedLocals)', (name) => {
    expect(typeErrors(copyTree(path.join(FIXTURES, 'split', name, 'before')))).toEqual([]);
    expect(typeErrors(runCase('split', name).root)).toEqual([]);
  });

  it('reports what moved, what moved along, and the importers it updated', () => {
    expect(runCase('split', 'names').first[0].steps.map((s) => s.summary)).toEqual([
      'src/drivers/bridges.ts: moved PolicyActivationAudit to src/schemas/audit_schemas.ts; 1 importer updated',
      'src/drivers/bridges.ts: moved recordPolicyActivation to src/drivers/bridges_driver.ts; 1 importer updated',
    ]);
    const deps = runCase('split', 'with-dependencies').first[0];
    expect(deps.steps[0].summary).toBe('src/engines/rules.ts: moved passes (with THRESHOLD, clamp, needed at run time) to src/engines/thresholds.ts; 1 importer updated');
    expect(deps.steps[0].files).toEqual(['src/engines/thresholds.ts', 'src/engines/rules.ts', 'src/engines/review.ts']);
  });

  it('removes the ORM runtime import from a business-logic file, which the gate counts as fixed', () => {
    const run = runCase('split', 'uses').first[0];
    expect(run.gate.fixed.map((v) => [v.rule, v.file])).toEqual([['ORM_RUNTIME', 'src/engines/pricing.ts']]);
    expect(run.gate.added).toEqual([]);
  });
});

describe('split stage', () => {
  const step = (extract: SplitStep['extract'], to: string): SplitStep => ({
    kind: 'split', file: 'src/drivers/bridges.ts', extract, to, withDependencies: false, reexport: false, loc: { file: 'plan.yaml', line: 1, column: 1 },
  });

  it.each([
    ['names', { names: ['Audit'] }, 'src/drivers/bridges.ts: [Audit] already split into src/schemas/audit.ts'],
    ['a selector', { kinds: ['interface' as const] }, 'src/drivers/bridges.ts: kinds: interface already split into src/schemas/audit.ts'],
  ])('is a no-op when the target already holds what %s select', (_, extract, summary) => {
    const root = copyTree(path.join(FIXTURES, 'split', 'noop', 'before'));
    const ws = Workspace.open(root);
    const plan = parsePlan(path.join(root, 'remediate.yaml'), planText('phases: []'));
    expect(splitOperation.stage({ ws, plan }, step(extract, 'src/schemas/audit.ts'))).toEqual({ summary, files: [], moves: [] });
    expect(ws.overlay.changes()).toEqual([]);
  });

  it('describes the step as planned', () => {
    expect(splitOperation.describe(step({ kinds: ['interface', 'enum'], uses: ['orm'] }, 'src/schemas/a.ts'))).toBe(
      'split src/drivers/bridges.ts kinds: interface, enum; uses: orm → src/schemas/a.ts',
    );
  });
});

const BRIDGES = `import { Stage } from './stage';

export interface Audit {
  stage: Stage;
}

export default function run(): Audit {
  return { stage: Stage.Open };
}
`;

const REFUSALS: [name: string, files: Record<string, string>, step: string, message: string][] = [
  ['a name that does not exist', {}, 'extract: [Nope]\n        to: src/x.ts', 'no declaration named Nope in src/drivers/bridges.ts'],
  ['an imported name', {}, 'extract: [Stage]\n        to: src/x.ts', "no declaration named Stage in src/drivers/bridges.ts (Stage is imported from './stage')"],
  ['a selector that matches nothing', {}, 'extract: { kinds: [class] }\n        to: src/x.ts', 'extract kinds: class matches no declaration in src/drivers/bridges.ts'],
  ['a default export', {}, 'extract: [run]\n        to: src/x.ts', 'cannot extract run: it is the default export of src/drivers/bridges.ts'],
  ['a clash in the target', { 'src/x.ts': 'export type Audit = string;\n' }, 'extract: [Audit]\n        to: src/x.ts', 'src/x.ts already declares Audit'],
  [
    'a namespace used as a whole',
    { 'src/use.ts': "import * as bridges from './drivers/bridges';\n\nexport const all = bridges;\n" },
    'extract: [Audit]\n        to: src/x.ts',
    'src/use.ts:3 uses namespace bridges of src/drivers/bridges.ts as a whole, which a split changes; set reexport: true to keep it working',
  ],
  [
    'a require() of the source',
    { 'src/cjs.ts': "const bridges = require('./drivers/bridges');\nexport default bridges;\n" },
    'extract: [Audit]\n        to: src/x.ts',
    'src/cjs.ts:1 loads src/drivers/bridges.ts with require(), which cannot follow the moved names; set reexport: true to keep it working',
  ],
];

describe('split refusals: nothing is written', () => {
  it.each(REFUSALS)('refuses %s', (_, extra, stepText, message) => {
    const root = writeTree({
      'src/stage.ts': "export enum Stage {\n  Open = 'open',\n}\n",
      'src/drivers/bridges.ts': BRIDGES,
      ...extra,
    });
    expectRefusal(root, `phases:\n  - id: p\n    title: P\n    steps:\n      - split: src/drivers/bridges.ts\n        ${stepText}\n`, message);
  });

  it('refuses a runtime import cycle without with-dependencies, and names what would have to move', () => {
    const root = copyTree(path.join(FIXTURES, 'split', 'with-dependencies', 'before'));
    const step = 'split: src/engines/rules.ts\n        extract: [passes]\n        to: src/engines/thresholds.ts';
    expectRefusal(
      root,
      `phases:\n  - id: p\n    title: P\n    steps:\n      - ${step}\n`,
      'split would make a runtime import cycle: src/engines/thresholds.ts would need THRESHOLD, clamp from src/engines/rules.ts at run time, ' +
        'and src/engines/rules.ts needs passes from src/engines/thresholds.ts; set with-dependencies: true to move THRESHOLD, clamp along',
    );
  });
});

function expectRefusal(root: string, planBody: string, message: string): void {
  const before = readTree(root);
  const plan = parsePlan(path.join(root, 'remediate.yaml'), planText(planBody));
  let error: unknown;
  try {
    runPhases(plan, plan.phases, { allowDirty: true });
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(StateError);
  const text = (error as Error).message;
  expect(text.slice(text.indexOf('): ') + 3)).toBe(message);
  expect(readTree(root)).toEqual(before);
}

/** Runs one split step on a tree and returns the files it changed or created. */
function splitTree(files: Record<string, string>, step: string): Record<string, string> {
  const root = writeTree(files);
  const plan = parsePlan(path.join(root, 'remediate.yaml'), planText(`phases:\n  - id: p\n    title: P\n    steps:\n      - ${step}\n`));
  runPhases(plan, plan.phases, { allowDirty: true });
  const after = readTree(root, { skipJournal: true });
  return Object.fromEntries(Object.entries(after).filter(([f, t]) => files[f] !== t));
}

describe('split edge cases', () => {
  it('keeps CRLF line breaks, and a header with no blank line after it stays put', () => {
    const out = splitTree(
      { 'src/a.ts': '// Layer: L6\r\nexport interface A {\r\n  x: number;\r\n}\r\n\r\nexport function useA(a: A): number {\r\n  return a.x;\r\n}\r\n' },
      'split: src/a.ts\n        extract: [A]\n        to: src/t.ts',
    );
    expect(out).toEqual({
      'src/a.ts': "// Layer: L6\r\n\r\nimport type { A } from './t';\r\n\r\nexport function useA(a: A): number {\r\n  return a.x;\r\n}\r\n",
      'src/t.ts': 'export interface A {\r\n  x: number;\r\n}\r\n',
    });
  });

  it('takes moved names out of local export lists and exports them from the target', () => {
    const out = splitTree(
      {
        'src/a.ts': 'const helper = 2;\nconst other = 3;\ntype Shape = { n: number };\n\nexport { helper, other };\nexport type { Shape };\n\nexport function f(s: Shape): number {\n  return helper + s.n;\n}\n',
        'src/b.ts': "import { helper, other, type Shape } from './a';\n\nexport const s: Shape = { n: helper + other };\n",
      },
      'split: src/a.ts\n        extract: [helper, Shape]\n        to: src/t.ts',
    );
    expect(out).toEqual({
      'src/a.ts': "import { helper } from './t';\nimport type { Shape } from './t';\n\nconst other = 3;\n\nexport { other };\n\nexport function f(s: Shape): number {\n  return helper + s.n;\n}\n",
      'src/b.ts': "import { other } from './a';\nimport { helper, type Shape } from './t';\n\nexport const s: Shape = { n: helper + other };\n",
      'src/t.ts': 'export const helper = 2;\n\nexport type Shape = { n: number };\n',
    });
  });

  it('imports a staying default export as default, and puts moved code above its first use in an existing target', () => {
    const out = splitTree(
      {
        'src/a.ts': "import { helperX } from './h';\n\nexport default class Base {\n  n = 1;\n}\n\nexport class Child extends Base {}\n\n/** Uses the helper. */\nexport function twice(): number {\n  return helperX() * 2;\n}\n",
        'src/h.ts': 'export function helperX(): number {\n  return 1;\n}\n',
        'src/t.ts': "import { helperX } from './h';\nimport { Child } from './a';\n\nexport const made = new Child().n + helperX();\n",
      },
      'split: src/a.ts\n        extract: [Child, twice]\n        to: src/t.ts',
    );
    expect(out).toEqual({
      'src/a.ts': 'export default class Base {\n  n = 1;\n}\n',
      'src/t.ts':
        "import { helperX } from './h';\nimport Base from './a';\n\nexport class Child extends Base {}\n\n/** Uses the helper. */\nexport function twice(): number {\n  return helperX() * 2;\n}\n\nexport const made = new Child().n + helperX();\n",
    });
  });

  it('a second split into the same target joins the importer\'s list from it; an emptied source keeps its header', () => {
    const out = splitTree(
      {
        'src/a.ts': "// Role: all of it moves\n\nimport { h } from './h';\n\nexport interface A {\n  x: number;\n}\n\nexport const make = (): A => ({ x: h() });\n",
        'src/h.ts': 'export function h(): number {\n  return 1;\n}\n',
        'src/u.ts': "import { make, type A } from './a';\n\nexport const a: A = make();\n",
      },
      'split: src/a.ts\n        extract: [A]\n        to: src/t.ts\n      - split: src/a.ts\n        extract: { kinds: [const] }\n        to: src/t.ts',
    );
    expect(out).toEqual({
      'src/a.ts': '// Role: all of it moves\n',
      'src/t.ts': "import { h } from './h';\n\nexport interface A {\n  x: number;\n}\n\nexport const make = (): A => ({ x: h() });\n",
      'src/u.ts': "import { type A, make } from './t';\n\nexport const a: A = make();\n",
    });
  });

  it('splits default-and-named imports, renamed bindings and named re-exports, and adds a namespace import beside one still needed', () => {
    const out = splitTree(
      {
        'src/a.ts': 'export default function main(): number {\n  return 1;\n}\n\nexport const a = 1;\nexport const c = 3;\n',
        'src/b.ts':
          "import main, { a as renamed } from './a';\nexport { a as aa, c } from './a';\nexport { default as m } from './a';\nimport * as all from './a';\n\nexport const s = main() + renamed + all.a + all.c;\n",
      },
      'split: src/a.ts\n        extract: [a]\n        to: src/t.ts',
    );
    expect(out).toEqual({
      'src/a.ts': 'export default function main(): number {\n  return 1;\n}\n\nexport const c = 3;\n',
      'src/b.ts':
        "import main from './a';\nimport { a as renamed } from './t';\nexport { c } from './a';\nexport { a as aa } from './t';\nexport { default as m } from './a';\nimport * as all from './a';\nimport * as t from './t';\n\nexport const s = main() + renamed + t.a + all.c;\n",
      'src/t.ts': 'export const a = 1;\n',
    });
  });
});
