import * as fs from 'node:fs';
import * as path from 'node:path';
import { runPhases } from '../../src/engine/run-phase';
import { ExitCode, PlanError, StateError } from '../../src/errors';
import { parsePlan } from '../../src/plan/load';
import { runCli } from '../helpers/cli';
import { copyTree, readTree, writeTree } from '../helpers/tree';
import { FIXTURES, fixtureCases, runCase, typeErrors } from './fixture-trees';

describe('move fixtures', () => {
  it('has the expected cases', () => {
    expect(fixtureCases('move')).toEqual(['aliases', 'file-forms', 'folder', 'nodenext', 'noop', 'shadow']);
  });

  it.each(fixtureCases('move'))('%s: the tree is exactly after/, and a second run changes nothing', (name) => {
    const run = runCase('move', name);
    expect(run.actual).toEqual(run.expected);
    expect(run.again).toEqual(run.expected);
    expect(run.second.map((r) => r.status)).toEqual(run.second.map(() => 'unchanged'));
  });

  it.each(['aliases', 'nodenext', 'folder'])('%s: type-checks before and after the move', (name) => {
    expect(typeErrors(copyTree(path.join(FIXTURES, 'move', name, 'before')))).toEqual([]);
    expect(typeErrors(runCase('move', name).root)).toEqual([]);
  });

  it('reports per-file moves and the importers it updated', () => {
    const run = runCase('move', 'folder');
    expect(run.first[0].moves).toEqual(
      ['data.json', 'index.ts', 'invoice.ts', 'styles.css', 'tax.ts'].map((f) => ({ from: `src/features/billing/${f}`, to: `src/domains/finance/billing/${f}` })),
    );
    expect(run.first[0].steps[0].summary).toBe('5 files moved to src/domains/finance/billing; 2 importers updated');
    expect(run.first[0].steps[0].files.slice(-2)).toEqual(['src/app.ts', 'src/features/index.ts']);
  });

  it('reports an already-made move as unchanged', () => {
    const run = runCase('move', 'noop');
    expect(run.first.map((r) => [r.status, r.steps[0].status])).toEqual([['unchanged', 'unchanged']]);
  });
});

const TREE = {
  'src/a.ts': "export const a = 1;\n",
  'src/b.ts': "import { a } from './a';\nexport const b = a;\n",
  'src/dir/c.ts': "export const c = 1;\n",
};
const BROKEN = { ...TREE, 'src/broken.ts': "import { a } from './a';\nexport const = ;\n" };

/** Runs one phase of the given move steps on a copy of TREE; returns the root and what was thrown. */
function refuse(steps: string, files: Record<string, string> = TREE): { root: string; error: unknown } {
  const root = writeTree(files);
  try {
    const plan = parsePlan(path.join(root, 'plan.yaml'), `version: 1\nname: t\nroot: .\nlayers: {}\nphases:\n  - id: p\n    title: P\n    steps:\n${steps}`);
    runPhases(plan, plan.phases, { allowDirty: true });
    return { root, error: undefined };
  } catch (error) {
    return { root, error };
  }
}

describe('move refusals (exit 3, nothing written)', () => {
  const cases: [string, string, RegExp, Record<string, string>?][] = [
    ['a missing source', '      - move: src/nope.ts\n        to: src/x.ts\n', /nothing to move: src\/nope.ts is neither a file nor a folder/],
    ['a target that exists', '      - move: src/a.ts\n        to: src/dir/c.ts\n', /target exists: src\/dir\/c.ts$/],
    ['a target that is a folder', '      - move: src/a.ts\n        to: src/dir\n', /target exists: src\/dir is a folder \(to move src\/a.ts into it, give the full path: src\/dir\/a.ts\)/],
    ['two moves onto one target', '      - move: src/a.ts\n        to: src/x.ts\n      - move: src/dir/c.ts\n        to: src/x.ts\n', /two moves onto one target: src\/dir\/c.ts and src\/a.ts both move to src\/x.ts$/],
    ['a move onto itself', '      - move: src/a.ts\n        to: src/a.ts\n', /src\/a.ts would move onto itself$/],
    ['a folder into itself', '      - move: src/dir\n        to: src/dir/inner\n', /cannot move folder src\/dir into itself \(src\/dir\/inner\)/],
    ['an importer that does not parse', '      - move: src/a.ts\n        to: src/z.ts\n', /cannot update imports: a file it must edit does not parse: src\/broken.ts:2:14 Variable declaration expected.$/, BROKEN],
  ];
  it.each(cases)('%s', (_name, steps, message, files = TREE) => {
    const { root, error } = refuse(steps, files);
    expect(error).toBeInstanceOf(StateError);
    expect((error as StateError).exitCode).toBe(ExitCode.state);
    expect((error as Error).message).toMatch(message);
    expect(readTree(root)).toEqual(files);
  });

  it('refuses a path outside root in the plan (exit 2)', () => {
    const { error } = refuse('      - move: ../outside.ts\n        to: src/x.ts\n');
    expect(error).toBeInstanceOf(PlanError);
    expect((error as Error).message).toMatch(/path "..\/outside.ts" leaves root/);
  });

  it('exits 3 through the CLI and writes nothing', async () => {
    const root = writeTree({ ...TREE, 'plan.yaml': 'version: 1\nname: t\nroot: .\nlayers: {}\nphases:\n  - id: p\n    title: P\n    steps:\n      - move: src/a.ts\n        to: src/b.ts\n' });
    const before = readTree(root);
    const run = await runCli(['run', 'p', '--plan', 'plan.yaml', '--allow-dirty'], root);
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/target exists: src\/b.ts/);
    expect(readTree(root)).toEqual(before);
    expect(fs.existsSync(path.join(root, '.remediate'))).toBe(false);
  });
});
