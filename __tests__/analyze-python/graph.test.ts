import * as path from 'node:path';
import { renderMermaid } from '../../src/graph/mermaid';
import { layerGraph } from '../../src/graph/model';
import { loadPlan } from '../../src/plan/load';
import { Workspace } from '../../src/workspace/workspace';
import { runCli } from '../helpers/cli';
import { writeTree } from '../helpers/tree';

const PLAN = `version: 1
name: graph
root: .
layers:
  L5: { title: Domain Engine, paths: ["**/engines/**"] }
  L6: { title: Drivers, paths: ["**/drivers/**"] }
audiences:
  CUSTOMER: app/cust
  INTERNAL: app/int
rules:
  LAYER_BOUNDARY:
    L6: { deny: [L5], allow-type-only: true }
  AUDIENCE_BOUNDARY: {}
`;

/**
 * The twin of ../graph's tree in Python, with each import form: engines import two drivers (relative
 * and absolute); a driver imports an engine at run time (denied, `import a.b` form), another imports
 * it under TYPE_CHECKING (allowed) and imports an internal driver (crosses audiences).
 */
function tree(): string {
  return writeTree({
    'plan.yaml': PLAN,
    'app/cust/engines/a.py': 'from ..drivers.d import d\nfrom app.cust.drivers.e import e\n\na = d + e\n',
    'app/cust/engines/b.py': 'b = 1\nB = int\n',
    'app/cust/drivers/d.py': 'import app.cust.engines.b\n\nd = app.cust.engines.b.b\n',
    'app/cust/drivers/e.py':
      'from typing import TYPE_CHECKING\n\nfrom app.int.drivers.i import i\n\nif TYPE_CHECKING:\n    from ..engines.b import B\n\ne: "B" = i\n',
    'app/int/drivers/i.py': 'i = 2\n',
  });
}

describe('the layer graph of a Python tree', () => {
  test('mermaid: imports of every form counted between layers and audiences; the run-time driver → engine import and the audience crossing denied', async () => {
    const root = tree();
    const expected = [
      'flowchart LR',
      '  n_L5["L5 Domain Engine"]',
      '  n_L6["L6 Drivers"]',
      '  n_CUSTOMER(["CUSTOMER"])',
      '  n_INTERNAL(["INTERNAL"])',
      '  n_L5 -->|2| n_L6',
      '  n_L6 -->|2, 1 denied| n_L5',
      '  n_CUSTOMER -->|1, 1 denied| n_INTERNAL',
      '  linkStyle 1 stroke:red,color:red',
      '  linkStyle 2 stroke:red,color:red',
      '',
    ].join('\n');
    const run = await runCli(['graph', '--plan', 'plan.yaml'], root);
    expect(run).toEqual({ code: 0, stdout: expected, stderr: '' });
    const plan = loadPlan(path.join(root, 'plan.yaml'));
    expect(renderMermaid(layerGraph(plan, (await Workspace.load(plan.root, plan)).index()))).toBe(expected);
  });
});
