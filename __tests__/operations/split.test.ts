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
