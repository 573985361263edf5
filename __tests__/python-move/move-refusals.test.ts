import * as fs from 'node:fs';
import * as path from 'node:path';
import { ExitCode } from '../../src/errors';
import { runCli } from '../helpers/cli';
import { readTree, writeTree } from '../helpers/tree';

const TREE = {
  'app/__init__.py': '',
  'app/a.py': 'VALUE = 1\n',
  'app/b.py': 'from app.a import VALUE\n\nCOPY = VALUE\n',
  'app/pkg/__init__.py': '',
  'app/pkg/mod.py': 'from .. import a\n',
};

function plan(steps: string, python = ''): string {
  return `version: 1\nname: refusals\nroot: .\n${python}layers: {}\nphases:\n  - id: p\n    title: P\n    steps:\n${steps}`;
}

async function refused(files: Record<string, string>, yaml: string): Promise<string> {
  const root = writeTree({ ...files, 'remediate.yaml': yaml });
  const before = readTree(root);
  const r = await runCli(['run', '--all', '--allow-dirty'], root);
  expect(r.code).toBe(ExitCode.state);
  expect(readTree(root)).toEqual(before);
  expect(fs.existsSync(path.join(root, '.remediate'))).toBe(false);
  return r.stderr + r.stdout;
}

const move = (from: string, to: string) => `      - move: ${from}\n        to: ${to}\n`;

describe('Python moves and rewrites refused, nothing written', () => {
  it.each([
    ['a missing source', move('app/nope.py', 'app/c.py'), 'nothing to move: app/nope.py is neither a file nor a folder'],
    ['an existing module', move('app/a.py', 'app/b.py'), 'target exists: app/b.py'],
    ['a package of the same name', move('app/a.py', 'app/pkg.py'), 'cannot move app/a.py to app/pkg.py: target exists: the package app/pkg/ has the same module name'],
    ['a package into itself', move('app/pkg', 'app/pkg/inner'), 'cannot move folder app/pkg into itself (app/pkg/inner)'],
    ['an invalid module name', move('app/a.py', 'app/loop-events.py'), 'cannot move app/a.py to app/loop-events.py: "loop-events" is not a valid Python module name'],
    ['a keyword as module name', move('app/a.py', 'app/class.py'), 'cannot move app/a.py to app/class.py: "class" is not a valid Python module name'],
  ])('refuses %s', async (_what, steps, message) => {
    expect(await refused(TREE, plan(steps))).toContain(message);
  });

  it('refuses a target outside every import root', async () => {
    const files = { 'src/app/__init__.py': '', 'src/app/a.py': 'VALUE = 1\n', 'scripts/run.py': '' };
    const out = await refused(files, plan(move('src/app/a.py', 'scripts/a.py'), 'python:\n  roots: [src]\n'));
    expect(out).toContain('cannot move src/app/a.py to scripts/a.py: the target is outside every import root (src), so it would have no module name');
  });

  it('refuses a move after which a reference would resolve elsewhere (a regular package on an earlier root hides the target)', async () => {
    const files = {
      'src/app/__init__.py': '',
      'src/app/x.py': 'VALUE = 1\n',
      'src/app/use.py': 'from app.x import VALUE\n',
      'vendor/app/__init__.py': '',
    };
    const out = await refused(files, plan(move('src/app/x.py', 'vendor/app/x.py'), 'python:\n  roots: [src, vendor]\n'));
    expect(out).toContain('the step would change what Python imports resolve to: "app.x" in src/app/use.py:1 would no longer resolve to vendor/app/x.py');
  });

  it('refuses when an importer it must edit does not parse, naming file:line:column', async () => {
    const out = await refused({ ...TREE, 'app/b.py': 'from app.a import VALUE\n\ndef broken(:\n    pass\n' }, plan(move('app/a.py', 'app/c.py')));
    expect(out).toMatch(/cannot update imports: a file it must edit does not parse: app\/b\.py:3:\d+ /);
  });

  it('refuses a rewrite whose counterpart does not define an imported name, naming it', async () => {
    const files = { ...TREE, 'app/new.py': 'OTHER = 2\n' };
    const out = await refused(files, plan('      - rewrite-imports: { from: app.a, to: app/new }\n'));
    expect(out).toContain('app/b.py:1:6: app.new (app/new.py) does not define "VALUE", which this import takes from app.a');
  });

  it('refuses a rewrite whose counterpart module does not exist', async () => {
    const files = { ...TREE, 'app/b.py': 'from app.pkg.mod import a\n', 'app/new/__init__.py': '' };
    const out = await refused(files, plan('      - rewrite-imports: { from: app.pkg, to: app/new }\n'));
    expect(out).toContain('"app.pkg.mod" in app/b.py:1 matches app.pkg, but app.new.mod (under app/new) is no module');
  });
});
