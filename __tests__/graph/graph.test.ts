import * as path from 'node:path';
import { renderDot } from '../../src/graph/dot';
import { renderMermaid } from '../../src/graph/mermaid';
import { layerGraph } from '../../src/graph/model';
import { planGraphs } from '../../src/graph/plan-graphs';
import { readLedger } from '../../src/ledger/ledger';
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

/** Engines import drivers twice; drivers import engines once at run time (denied) and once type-only; customer imports internal once. */
function tree(): string {
  return writeTree({
    'plan.yaml': PLAN,
    'app/cust/engines/a.ts': "import { d } from '../drivers/d';\nimport { e } from '../drivers/e';\nexport const a = d + e;\n",
    'app/cust/engines/b.ts': 'export const b = 1;\nexport type B = number;\n',
    'app/cust/drivers/d.ts': "import { b } from '../engines/b';\nexport const d = b;\n",
    'app/cust/drivers/e.ts': "import type { B } from '../engines/b';\nimport { i } from '../../int/drivers/i';\nexport const e: B = i;\n",
    'app/int/drivers/i.ts': 'export const i = 2;\n',
  });
}

describe('the layer graph', () => {
  const root = tree();
  const plan = loadPlan(path.join(root, 'plan.yaml'));
  const graph = layerGraph(plan, Workspace.open(plan.root).index());

  test('counts imports between layers and audiences; denied ones are counted apart', () => {
    expect(graph.edges).toEqual([
      { from: 'L5', to: 'L6', count: 2, violations: 0 },
      { from: 'L6', to: 'L5', count: 2, violations: 1 },
      { from: 'CUSTOMER', to: 'INTERNAL', count: 1, violations: 1 },
    ]);
  });

  test('mermaid: layers as boxes, audiences as stadiums, denied edges red', () => {
    expect(renderMermaid(graph)).toBe(
      [
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
      ].join('\n'),
    );
  });

  test('dot: the same graph for Graphviz', () => {
    expect(renderDot(graph)).toBe(
      [
        'digraph layers {',
        '  rankdir=LR;',
        '  "L5" [label="L5 Domain Engine", shape=box];',
        '  "L6" [label="L6 Drivers", shape=box];',
        '  "CUSTOMER" [label="CUSTOMER", shape=ellipse];',
        '  "INTERNAL" [label="INTERNAL", shape=ellipse];',
        '  "L5" -> "L6" [label="2"];',
        '  "L6" -> "L5" [label="2, 1 denied", color=red, fontcolor=red];',
        '  "CUSTOMER" -> "INTERNAL" [label="1, 1 denied", color=red, fontcolor=red];',
        '}',
        '',
      ].join('\n'),
    );
  });

  test('the graph command prints either format', async () => {
    expect((await runCli(['graph', '--plan', 'plan.yaml'], root)).stdout).toBe(renderMermaid(graph));
    expect((await runCli(['graph', '--plan', 'plan.yaml', '--format', 'dot'], root)).stdout).toBe(renderDot(graph));
  });
});

describe('the report\'s graphs before and after the plan', () => {
  test('before: the current tree; after: the phases staged; once applied, before undoes the ledger\'s moves', async () => {
    const root = writeTree({
      'plan.yaml': `${PLAN}phases:\n  - id: phase-1\n    title: Move\n    steps:\n      - move: app/cust/drivers/d.ts\n        to: app/cust/engines/d.ts\n`,
      'app/cust/engines/b.ts': 'export const b = 1;\n',
      'app/cust/drivers/d.ts': "import { b } from '../engines/b';\nexport const d = b;\n",
    });
    const plan = loadPlan(path.join(root, 'plan.yaml'));
    const denied = 'flowchart LR\n  n_L5["L5 Domain Engine"]\n  n_L6["L6 Drivers"]\n  n_CUSTOMER(["CUSTOMER"])\n  n_INTERNAL(["INTERNAL"])\n  n_L6 -->|1, 1 denied| n_L5\n  linkStyle 0 stroke:red,color:red\n';
    const clean = 'flowchart LR\n  n_L5["L5 Domain Engine"]\n  n_L6["L6 Drivers"]\n  n_CUSTOMER(["CUSTOMER"])\n  n_INTERNAL(["INTERNAL"])\n';
    expect(planGraphs(plan, Workspace.open(root), readLedger(root))).toEqual({
      before: { mermaid: denied, from: 'the current tree (no phase applied yet)' },
      after: { mermaid: clean, from: 'every phase staged (dry run)' },
    });
    expect((await runCli(['run', '--all', '--allow-dirty', '--plan', 'plan.yaml'], root)).code).toBe(0);
    expect(planGraphs(plan, Workspace.open(root), readLedger(root))).toEqual({
      before: { mermaid: denied, from: "the current tree with the ledger's 1 moves undone" },
      after: { mermaid: clean, from: 'every phase staged (dry run)' },
    });
  });
});
