import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../helpers/cli';
import { pyrightErrors, unimportableModules } from '../helpers/python';
import { readTree } from '../helpers/tree';

const REPO = path.join(__dirname, '../..');
const PLAN = 'plans/python/integrations-phase-2.5.yaml';
const EXPECTED = path.join(REPO, '__testfixtures__/python-split-example/after');

/** A temp copy of examples/hoc-py with the bundled plan beside it, as in the repository. */
function copyExample(): string {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'remediate-hoc-py-'));
  fs.cpSync(path.join(REPO, 'examples/hoc-py'), path.join(tmp, 'examples/hoc-py'), { recursive: true });
  fs.mkdirSync(path.join(tmp, 'plans/python'), { recursive: true });
  fs.copyFileSync(path.join(REPO, PLAN), path.join(tmp, PLAN));
  return tmp;
}

const run = (phase: string, cwd: string) => runCli(['run', '--plan', PLAN, phase], cwd);

describe('the bundled Python plan through the CLI', () => {
  it('phase-1 then phase-3: every step stages, and the gate refuses only the L6 → L5 import of drivers/cost_bridges.py, which phase-2 moves to engines/', async () => {
    const tmp = copyExample();
    expect((await run('phase-1', tmp)).code).toBe(0);
    const before = readTree(tmp);
    const r = await run('phase-3', tmp);
    expect([r.code, r.stderr]).toEqual([1, '']);
    const added = r.stdout.split('\n').filter((l) => /^\s+\+ /.test(l));
    expect(added).toEqual([expect.stringMatching(/^\s+\+ \S+\/drivers\/cost_bridges.py:12:6 LAYER_BOUNDARY import "app\.houseofcards\.customer\.integrations\.schemas\.cost_snapshot_schemas"/)]);
    expect(r.stdout.match(/✓ split /g)).toHaveLength(3);
    expect(readTree(tmp)).toEqual(before);
  });

  it('phases 1, 2 and 3: the split modules are exactly as expected, every module imports, pyright is clean, and phase-3 again is already done', async () => {
    const tmp = copyExample();
    const root = path.join(tmp, 'examples/hoc-py');
    expect(pyrightErrors(root)).toEqual([]);
    for (const phase of ['phase-1', 'phase-2', 'phase-3']) expect([phase, (await run(phase, tmp)).code]).toEqual([phase, 0]);
    const after = readTree(root);
    for (const [file, text] of Object.entries(readTree(EXPECTED))) expect([file, after[file]]).toEqual([file, text]);
    expect(unimportableModules(root, ['backend', 'backend/vendor'])).toEqual([]);
    expect(pyrightErrors(root)).toEqual([]);

    const again = await run('phase-3', tmp);
    expect(again.code).toBe(0);
    expect(again.stdout.split('\n').filter((l) => l.includes('= split')).map((l) => l.replace(/^.*: already done: /, ''))).toEqual([
      'PolicyActivationAudit lives in schemas/audit_schemas.py',
      'drivers/bridges_driver.py holds what the selector extracts',
      'schemas/cost_snapshot_schemas.py holds what the selector extracts',
    ]);
    expect(readTree(root)).toEqual(after);
  });
});
