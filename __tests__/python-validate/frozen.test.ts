import { runCli } from '../helpers/cli';
import { readTree, writeTree } from '../helpers/tree';

// Frozen Python files: headers, moves and import edits as `allow` says; any other change refuses the
// phase, naming the file, the tag and the first change (statements compared without comments, layout
// or module names).
const HEAD = `version: 1
name: frozen
root: code
scope: app
layers:
  L5: { title: Engines, paths: ["**/engines/**", "**/schemas/**"] }
  L6: { title: Drivers, paths: ["**/drivers/**"] }
rules:
  HEADER_LAYER: {}
`;

const BRIDGES = ['# Layer: L6 — Drivers', 'from .events import Event  # the loop vocabulary', '', '', 'def record(e: Event) -> str:', '    return e.id', ''].join('\n');

function project(allow: string, steps: string): string {
  const plan = `${HEAD}frozen:\n  - { files: [drivers/bridges.py, engines/bridges.py], tag: M25_FROZEN, allow: [${allow}] }\nphases:\n  - id: phase-1\n    title: Freeze test\n    steps:\n${steps}`;
  return writeTree({
    'remediate.yaml': plan,
    'code/app/__init__.py': '',
    'code/app/drivers/__init__.py': '',
    'code/app/engines/__init__.py': '',
    'code/app/schemas/__init__.py': '',
    'code/app/drivers/events.py': 'class Event:\n    id = "e"\n',
    'code/app/drivers/bridges.py': BRIDGES,
    'code/app/drivers/user.py': 'from .bridges import record\n\nr = record\n',
  });
}

const HEADER = '      - header: drivers/bridges.py\n        tags: [HYBRID]\n';
const MOVE = '      - move: drivers/bridges.py\n        to: engines/bridges.py\n';
const REPOINT = '      - move: drivers/events.py\n        to: schemas/events.py\n';

describe('frozen Python files', () => {
  it.each([
    ['a header edit without header', 'move, imports', HEADER, 'app/drivers/bridges.py', 'changes its header (Layer: L6 — Drivers → Layer: L6 — Drivers; Tags: HYBRID)'],
    ['a move without move', 'header, imports', MOVE, 'app/engines/bridges.py', 'moves it from app/drivers/bridges.py'],
  ])('refuses %s: exit 1, the file, tag and first change named, the tree byte-identical', async (_what, allow, steps, file, change) => {
    const root = project(allow, steps);
    const before = readTree(root);
    const r = await runCli(['run', 'phase-1'], root);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`\n    ✗ frozen ${file} (M25_FROZEN; allows ${allow}) ${change}`);
    expect(readTree(root)).toEqual(before);
  });

  // Module names are set aside: a repointed import is the same statement (the `imports` allowance is for added or removed ones).
  it('allows a header edit, a move and an import repointed, all in one phase', async () => {
    const hybrid = '      - header: drivers/bridges.py\n        set: { Layer: "L5/L6 — HYBRID" }\n        tags: [HYBRID]\n';
    const root = project('header, move', hybrid + REPOINT + MOVE);
    const r = await runCli(['run', 'phase-1'], root);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(readTree(root)['code/app/engines/bridges.py']).toBe(
      ['# Layer: L5/L6 — HYBRID', '# Tags: HYBRID', 'from ..schemas.events import Event  # the loop vocabulary', '', '', 'def record(e: Event) -> str:', '    return e.id', ''].join('\n'),
    );
  });
});
