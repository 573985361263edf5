import { runCli } from '../helpers/cli';
import { readTree, writeTree } from '../helpers/tree';

const HEAD = `version: 1
name: frozen
root: code
scope: src
layers:
  L5: { title: Engines, paths: ["**/engines/**", "**/schemas/**"] }
  L6: { title: Drivers, paths: ["**/drivers/**"] }
rules:
  HEADER_LAYER: {}
`;

const BRIDGES = [
  '// Layer: L6 — Drivers',
  'export interface Audit {',
  '  id: string;',
  '}',
  '',
  'export function record(a: Audit): string {',
  '  return a.id;',
  '}',
  '',
].join('\n');

function project(allow: string, steps: string): string {
  const plan = `${HEAD}frozen:\n  - { files: [drivers/bridges.ts, engines/bridges.ts], tag: M25_FROZEN, allow: [${allow}] }\nphases:\n  - id: phase-1\n    title: Freeze test\n    steps:\n${steps}`;
  return writeTree({ 'remediate.yaml': plan, 'code/src/drivers/bridges.ts': BRIDGES, 'code/src/drivers/user.ts': "import { record } from './bridges';\nexport const r = record;\n" });
}

const HEADER = '      - header: drivers/bridges.ts\n        tags: [HYBRID]\n';
const SPLIT = '      - split: drivers/bridges.ts\n        extract: [Audit]\n        to: schemas/audit.ts\n';
const MOVE = '      - move: drivers/bridges.ts\n        to: engines/bridges.ts\n';

describe('frozen files', () => {
  it.each([
    ['a header edit without header', 'move, imports', HEADER, 'changes its header (Layer: L6 — Drivers → Layer: L6 — Drivers; Tags: HYBRID)'],
    ['a split without move', 'header, imports', SPLIT, 'removes the statement at line 2: `export interface Audit {`'],
    ['a move without move', 'header, imports', MOVE, 'moves it from src/drivers/bridges.ts'],
  ])('refuses %s: exit 1, the file, tag and first change named, the tree byte-identical', async (_what, allow, steps, change) => {
    const root = project(allow, steps);
    const before = readTree(root);
    const r = await runCli(['run', 'phase-1'], root);
    expect(r.code).toBe(1);
    const file = steps === MOVE ? 'src/engines/bridges.ts' : 'src/drivers/bridges.ts';
    expect(r.stdout).toContain(`\n    ✗ frozen ${file} (M25_FROZEN; allows ${allow}) ${change}\n`);
    expect(r.stdout.trimEnd().split('\n').pop()).toBe('phase-1 was refused: it would change frozen code. Nothing of it was written.');
    expect(readTree(root)).toEqual(before);
  });

  it('allows a header edit, a move and a split that only moves declarations, all in one phase', async () => {
    const hybrid = '      - header: drivers/bridges.ts\n        set: { Layer: "L5/L6 — HYBRID" }\n        tags: [HYBRID]\n';
    const root = project('header, move, imports', hybrid + SPLIT + MOVE);
    const r = await runCli(['run', 'phase-1'], root);
    expect([r.code, r.stderr, r.stdout]).toEqual([0, '', expect.stringContaining('Done: 3 files written.')]);
    expect(readTree(root)['code/src/engines/bridges.ts']).toBe(
      "// Layer: L5/L6 — HYBRID\n// Tags: HYBRID\n\nimport type { Audit } from '../schemas/audit';\n\nexport function record(a: Audit): string {\n  return a.id;\n}\n",
    );
  });
});
