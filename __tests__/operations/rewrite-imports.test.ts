import * as path from 'node:path';
import { runPhases } from '../../src/engine/run-phase';
import { StateError } from '../../src/errors';
import { parsePlan } from '../../src/plan/load';
import { readTree, writeTree } from '../helpers/tree';
import { fixtureCases, runCase, typeErrors } from './fixture-trees';

const TREES = 'rewrite-imports/trees';

describe('rewrite-imports fixtures', () => {
  it('has the expected cases', () => {
    expect(fixtureCases(TREES)).toEqual(['exact', 'noop', 'package', 'prefix']);
  });

  it.each(fixtureCases(TREES))('%s: the tree is exactly after/, and a second run changes nothing', (name) => {
    const run = runCase(TREES, name);
    expect(run.actual).toEqual(run.expected);
    expect(run.again).toEqual(run.expected);
    expect(run.second.map((r) => r.status)).toEqual(run.second.map(() => 'unchanged'));
  });

  it.each(['prefix', 'exact'])('%s: type-checks after the rewrite', (name) => {
    expect(typeErrors(runCase(TREES, name).root)).toEqual([]);
  });

  it('says what it did', () => {
    expect(runCase(TREES, 'prefix').first[0].steps[0]).toMatchObject({
      description: 'rewrite imports of legacy/services → src/app/services',
      summary: '4 imports in 3 files repointed to src/app/services',
      files: ['src/app/checkout/cart.ts', 'src/app/orders/order.ts', 'src/tools/script.ts'],
    });
    expect(runCase(TREES, 'exact').first[0].steps[0].description).toBe('rewrite imports of app/integrations/events → hoc/schemas/loop_events in hoc/engines/**');
    expect(runCase(TREES, 'noop').first[0].steps[0].summary).toBe('no import of src/old left to rewrite');
  });
});

const TREE = {
  'src/old/a.ts': 'export const a = 1;\n',
  'src/old/b.ts': 'export const b = 1;\n',
  'src/new/a.ts': 'export const a = 2;\n',
  'src/main.ts': "import { a } from './old/a';\nimport { b } from './old/b';\n\nexport const both = a + b;\n",
};

/** Runs one rewrite-imports step on a tree; returns what was thrown (the tree must be untouched). */
function rewriteError(rewrite: string, files: Record<string, string> = TREE): Error {
  const root = writeTree(files);
  const plan = parsePlan(path.join(root, 'plan.yaml'), `version: 1\nname: t\nroot: .\nlayers: {}\nphases:\n  - id: p\n    title: P\n    steps:\n      - rewrite-imports: ${rewrite}\n`);
  let error: unknown;
  try {
    runPhases(plan, plan.phases, { allowDirty: true });
  } catch (err) {
    error = err;
  }
  expect(error).toBeInstanceOf(StateError);
  expect(readTree(root)).toEqual(files);
  return error as Error;
}

describe('rewrite-imports into a folder below "from"', () => {
  it('leaves imports already under "to" alone, so a second run changes nothing', () => {
    const root = writeTree({
      'src/lib/x.ts': 'export const x = 1;\n',
      'src/lib/v2/x.ts': 'export const x = 2;\n',
      'src/main.ts': "import { x } from './lib/x';\n\nexport const y = x;\n",
    });
    const plan = parsePlan(path.join(root, 'plan.yaml'), 'version: 1\nname: t\nroot: .\nlayers: {}\nphases:\n  - id: p\n    title: P\n    steps:\n      - rewrite-imports: { from: src/lib, to: src/lib/v2 }\n');
    runPhases(plan, plan.phases, { allowDirty: true });
    const after = readTree(root, { skipJournal: true });
    expect(after['src/main.ts']).toBe("import { x } from './lib/v2/x';\n\nexport const y = x;\n");
    expect(runPhases(plan, plan.phases, { allowDirty: true }).runs[0].status).toBe('unchanged');
    expect(readTree(root, { skipJournal: true })).toEqual(after);
  });
});

describe('rewrite-imports refusals (exit 3, nothing written)', () => {
  it('refuses a "to" that does not exist', () => {
    expect(rewriteError('{ from: src/old, to: src/nowhere }').message).toMatch(/"to" does not exist: no module or folder src\/nowhere$/);
  });

  it('refuses an import with no counterpart under "to", naming it', () => {
    expect(rewriteError('{ from: src/old, to: src/new }').message).toMatch(/"\.\/old\/b" in src\/main.ts:2 matches src\/old, but src\/new\/b is no module$/);
  });

  it('refuses an importer that does not parse', () => {
    const files = { ...TREE, 'src/main.ts': "import { a } from './old/a';\nexport const = ;\n" };
    expect(rewriteError('{ from: src/old/a, to: src/new/a }', files).message).toMatch(/cannot rewrite imports: a file it must edit does not parse: src\/main.ts:2:14 /);
  });
});
