import * as path from 'node:path';
import { parsePlan } from '../../src/plan/load';
import { validate } from '../../src/validate/validate';
import { Workspace } from '../../src/workspace/workspace';
import { hits, planText } from '../helpers/rule-cases';
import { writeTree } from '../helpers/tree';

// The validator reuses a file's findings from the workspace's last validation while the file's text
// and the tree's layout are unchanged. These cases change one or the other on the staged overlay and
// ask for exactly the findings a fresh workspace gives.

const PLAN = planText(`layers:
  L4: { title: Governed Runtime, paths: ["runtime/**"] }
  L5: { title: Domain Engine, paths: ["engines/**"] }
  L6: { title: Drivers, paths: ["drivers/**"] }
rules:
  LAYER_BOUNDARY: { L6: { deny: [L5, L4] } }
  UNRESOLVED_IMPORT: {}`);

const CODE = {
  'remediate.yaml': PLAN,
  'drivers/a.ts': "import { b } from './b';\nexport const a = b;\n",
  'drivers/b.ts': 'export const b = 1;\n',
  'drivers/c.ts': "import { a } from './a';\nexport const c = a;\n",
};

function open(): { ws: Workspace; plan: ReturnType<typeof parsePlan> } {
  const root = writeTree(CODE, 'remediate-revalidate-');
  return { ws: Workspace.open(root), plan: parsePlan(path.join(root, 'remediate.yaml'), PLAN, 'remediate.yaml') };
}

describe('validating a workspace again after staged changes', () => {
  it('an edited file is checked again; the others keep their findings', () => {
    const { ws, plan } = open();
    expect(hits(validate(ws, plan))).toEqual([]);
    ws.overlay.write('drivers/c.ts', "import { a } from './a';\nimport { x } from './missing';\nexport const c = a + x;\n");
    expect(hits(validate(ws, plan))).toEqual([['UNRESOLVED_IMPORT', 'drivers/c.ts', 2]]);
    ws.overlay.write('drivers/c.ts', CODE['drivers/c.ts']);
    expect(hits(validate(ws, plan))).toEqual([]);
  });

  it('a move (a new layout) checks unchanged importers again: their import now reaches another layer', () => {
    const { ws, plan } = open();
    expect(hits(validate(ws, plan))).toEqual([]);
    // b.ts goes to engines/ (L5) with its importer a.ts repointed; c.ts's text does not change, yet
    // its import of a.ts still resolves, and a.ts's import of b.ts now crosses into L5.
    ws.overlay.move('drivers/b.ts', 'engines/b.ts');
    ws.overlay.write('drivers/a.ts', "import { b } from '../engines/b';\nexport const a = b;\n");
    expect(hits(validate(ws, plan))).toEqual([['LAYER_BOUNDARY', 'drivers/a.ts', 1]]);
    // Now a.ts itself moves: c.ts, still unchanged, imports a file that is gone.
    ws.overlay.move('drivers/a.ts', 'engines/a.ts');
    expect(hits(validate(ws, plan))).toEqual([['UNRESOLVED_IMPORT', 'drivers/c.ts', 1]]);
  });

  it('gives what a fresh workspace on the same tree gives', () => {
    const { ws, plan } = open();
    validate(ws, plan);
    ws.overlay.write('drivers/b.ts', "import { r } from '../runtime/r';\nexport const b = r;\n");
    ws.overlay.write('runtime/r.ts', 'export const r = 1;\n');
    const again = validate(ws, plan);
    const fresh = writeTree({ ...CODE, 'drivers/b.ts': ws.overlay.read('drivers/b.ts'), 'runtime/r.ts': ws.overlay.read('runtime/r.ts') }, 'remediate-revalidate-');
    expect(again.violations).toEqual(validate(Workspace.open(fresh), plan).violations);
    expect(hits(again)).toEqual([['LAYER_BOUNDARY', 'drivers/b.ts', 1]]);
  });
});
