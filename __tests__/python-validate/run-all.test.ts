import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../helpers/cli';
import { pyrightErrors, unimportableModules } from '../helpers/python';
import { readTree } from '../helpers/tree';

const REPO = path.join(__dirname, '../..');
const PLAN = 'plans/python/integrations-phase-2.5.yaml';
const ROOTS = ['backend', 'backend/vendor'];

// Issue 12's bar: every phase of the seed's plan applies to the Python example, gated, and after each
// one pyright reports no error and python3 imports every module; the report reads like the seed's.
describe('the seed plan on the Python example, phase by phase', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'remediate-py-all-'));
  fs.cpSync(path.join(REPO, 'examples/hoc-py'), path.join(root, 'examples/hoc-py'), { recursive: true });
  fs.cpSync(path.join(REPO, 'plans/python'), path.join(root, 'plans/python'), { recursive: true });
  const code = path.join(root, 'examples/hoc-py');

  it.each(['phase-1', 'phase-2', 'phase-3', 'phase-4', 'phase-5', 'phase-6', 'phase-7'])('%s applies; the tree imports and type-checks', async (phase) => {
    const dry = await runCli(['run', phase, '--dry-run', '--plan', PLAN], root);
    expect([dry.code, dry.stderr]).toEqual([0, '']);
    const r = await runCli(['run', phase, '--plan', PLAN, '--json'], root);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(JSON.parse(r.stdout).phases[0].status).toBe(phase === 'phase-7' ? 'unchanged' : 'applied');
    expect(unimportableModules(code, ROOTS)).toEqual([]);
    expect(pyrightErrors(code)).toEqual([]);
  });

  it('ends with nothing actionable, the seed documented debt, status DONE or PARTIAL, and a second run changes nothing', async () => {
    const verify = JSON.parse((await runCli(['verify', '--plan', PLAN, '--format', 'json'], root)).stdout);
    expect(verify.summary.actionable).toBe(0);
    const status = (await runCli(['status', '--plan', PLAN], root)).stdout;
    expect(status).toMatch(/phase-3 .*(DONE|PARTIAL)/);
    expect(status).toMatch(/phase-4 .*PARTIAL/);
    const report = (await runCli(['report', '--plan', PLAN], root)).stdout;
    for (const title of ['Phase I: Header Corrections', 'Phase II: File Relocations', 'Phase III: File Splits', 'Phase IV: Legacy Import Updates', 'Phase V: Audience Corrections', 'Phase VI: Init File Updates']) {
      expect(report).toContain(title);
    }
    const before = readTree(root);
    const again = await runCli(['run', '--all', '--plan', PLAN, '--json'], root);
    expect(JSON.parse(again.stdout).phases.map((p: { status: string }) => p.status)).toEqual(Array(7).fill('unchanged'));
    expect(readTree(root)).toEqual(before);
  });
});
