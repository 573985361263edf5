import * as path from 'node:path';
import { stageMoveSteps } from '../../src/operations/move';
import { StateError } from '../../src/errors';
import { parsePlan } from '../../src/plan/load';
import type { MoveStep } from '../../src/plan/types';
import { Workspace } from '../../src/workspace/workspace';
import { writeTree } from '../helpers/tree';

/** Opens a tree and stages the given moves as one batch. */
function stageBatch(files: Record<string, string>, moves: [string, string][]) {
  const root = writeTree(files);
  const steps = moves.map(([from, to]) => `      - move: ${from}\n        to: ${to}\n`).join('');
  const plan = parsePlan(path.join(root, 'plan.yaml'), `version: 1\nname: t\nroot: .\nlayers: {}\nphases:\n  - id: p\n    title: P\n    steps:\n${steps}`);
  const ws = Workspace.open(root);
  const outcomes = stageMoveSteps({ ws, plan }, plan.phases[0].steps as MoveStep[]);
  return { ws, outcomes };
}

const SWAP = {
  'src/a.ts': 'export const A = 1;\n',
  'src/b.ts': "import { A } from './a';\nexport const B = A;\n",
  'src/main.ts': "import { A } from './a';\nimport { B } from './b';\n\nexport const both = [A, B];\n",
};

describe('moves planned together', () => {
  it('swaps two files through a third path, editing each importer once', () => {
    const { ws, outcomes } = stageBatch(SWAP, [['src/a.ts', 'src/tmp.ts'], ['src/b.ts', 'src/a.ts'], ['src/tmp.ts', 'src/b.ts']]);
    expect(ws.overlay.read('src/main.ts')).toBe("import { A } from './b';\nimport { B } from './a';\n\nexport const both = [A, B];\n");
    expect(ws.overlay.read('src/a.ts')).toBe("import { A } from './b';\nexport const B = A;\n");
    expect(ws.overlay.read('src/b.ts')).toBe('export const A = 1;\n');
    expect(outcomes.map((o) => o.moves)).toEqual([
      [{ from: 'src/a.ts', to: 'src/tmp.ts' }],
      [{ from: 'src/b.ts', to: 'src/a.ts' }],
      [{ from: 'src/tmp.ts', to: 'src/b.ts' }],
    ]);
    expect(ws.overlay.changes().map((c) => [c.from, c.path])).toEqual([
      ['src/b.ts', 'src/a.ts'],
      ['src/a.ts', 'src/b.ts'],
      [undefined, 'src/main.ts'],
    ]);
  });

  it('attributes each updated importer to the step whose file it imports', () => {
    const { outcomes } = stageBatch(SWAP, [['src/a.ts', 'lib/a.ts'], ['src/b.ts', 'lib/b.ts']]);
    expect(outcomes.map((o) => o.summary)).toEqual(['moved to lib/a.ts; 1 importer updated', 'moved to lib/b.ts; 1 importer updated']);
    expect(outcomes.map((o) => o.files)).toEqual([
      ['lib/a.ts', 'src/main.ts'],
      ['lib/b.ts', 'src/main.ts'],
    ]);
  });

  it('lets a later move take a path an earlier one vacated', () => {
    const { ws } = stageBatch(SWAP, [['src/a.ts', 'src/x.ts'], ['src/x.ts', 'lib/x.ts'], ['src/b.ts', 'src/x.ts']]);
    expect(ws.overlay.files()).toEqual(['lib/x.ts', 'src/main.ts', 'src/x.ts']);
    expect(ws.overlay.read('src/main.ts')).toBe("import { A } from '../lib/x';\nimport { B } from './x';\n\nexport const both = [A, B];\n");
    expect(ws.overlay.read('src/x.ts')).toBe("import { A } from '../lib/x';\nexport const B = A;\n");
  });

  it('takes a move whose source is gone and whose target exists as already done', () => {
    const { ws, outcomes } = stageBatch({ 'src/new.ts': 'export const x = 1;\n' }, [['src/old.ts', 'src/new.ts']]);
    expect(outcomes).toEqual([{ summary: 'src/old.ts: already moved to src/new.ts', files: [], moves: [] }]);
    expect(ws.overlay.changes()).toEqual([]);
  });

  it('refuses two moves onto one target, naming both', () => {
    expect(() => stageBatch(SWAP, [['src/a.ts', 'src/x.ts'], ['src/b.ts', 'src/x.ts']])).toThrow(
      new StateError('two moves onto one target: src/b.ts and src/a.ts both move to src/x.ts'),
    );
  });

  it('refuses a path outside root and the root itself', () => {
    const ws = Workspace.open(writeTree(SWAP));
    const plan = { phases: [] } as never;
    const step = (from: string, to: string) => ({ kind: 'move', from, to, loc: { file: '', line: 1, column: 1 } }) as MoveStep;
    expect(() => stageMoveSteps({ ws, plan }, [step('../x.ts', 'src/x.ts')])).toThrow('path outside root refused: "../x.ts"');
    expect(() => stageMoveSteps({ ws, plan }, [step('.', 'src/x')])).toThrow('the root folder itself cannot be moved');
  });
});
