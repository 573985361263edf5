import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadPlan, report, runPhase, status, verify } from '../../src';
import { runCli } from '../helpers/cli';
import { readTree, writeTree } from '../helpers/tree';

const plan = (name: string, layer: string) => `version: 1
name: ${name}
root: ../code-${name}
layers:
  L6: { title: Drivers, paths: ["drivers/**"] }
rules:
  HEADER_LAYER: {}
phases:
  - id: phase-1
    title: Headers
    steps:
      - header: drivers/d.ts
        set: { Layer: "${layer}" }
`;

/** Three plans: one applies, one is refused by its gate, one does not parse. */
function batch(): string {
  return writeTree({
    'plans/a.yaml': plan('a', 'L6 — Drivers'),
    'plans/b.yaml': plan('b', 'L5 — Engines'),
    'plans/c.yaml': 'version: 1\nname: c\n',
    'code-a/drivers/d.ts': '// Layer: L4\nexport const d = 1;\n',
    'code-b/drivers/d.ts': '// Layer: L6 — Drivers\nexport const d = 1;\n',
  });
}

describe('run with several plans (a batch)', () => {
  it('applies or refuses each plan on its own and prints one JSON summary with the worst exit code', async () => {
    const root = batch();
    const r = await runCli(['run', 'phase-1', '--plan', 'plans/a.yaml', '--plan', 'plans/b.yaml'], root);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(doc.plans.map((p: { plan: string; file: string; exitCode: number; phases: { status: string }[] }) => [p.plan, p.file, p.exitCode, p.phases.map((ph) => ph.status)])).toEqual([
      ['a', 'plans/a.yaml', 0, ['applied']],
      ['b', 'plans/b.yaml', 1, ['refused']],
    ]);
    expect([doc.dryRun, doc.exitCode]).toEqual([false, 1]);
    expect(readTree(root)['code-a/drivers/d.ts']).toBe('// Layer: L6 — Drivers\nexport const d = 1;\n');
    expect(readTree(root)['code-b/drivers/d.ts']).toBe('// Layer: L6 — Drivers\nexport const d = 1;\n');
  });

  it('expands a glob in order; a plan that fails to load is reported with its error and exit code', async () => {
    const root = batch();
    const r = await runCli(['run', 'phase-1', '--plan', 'plans/*.yaml', '--dry-run'], root);
    const doc = JSON.parse(r.stdout);
    expect(doc.plans.map((p: { file: string; exitCode: number }) => [p.file, p.exitCode])).toEqual([['plans/a.yaml', 0], ['plans/b.yaml', 1], ['plans/c.yaml', 2]]);
    expect(doc.plans[2]).toEqual({ plan: null, file: 'plans/c.yaml', exitCode: 2, phases: [], error: 'plans/c.yaml:1:1: root must be a string (it is missing)' });
    expect(r.code).toBe(2);
  });

  it.each([
    [['--plan', 'nothing/*.yaml'], 'remediate: --plan nothing/*.yaml matches no file\n'],
    [['--plan', 'plans/*.yaml', '--patch', 'x.diff'], 'remediate: --patch takes one plan; a batch prints its summary as JSON\n'],
  ])('usage errors: %j', async (args, message) => {
    const r = await runCli(['run', 'phase-1', ...args], batch());
    expect([r.code, r.stderr]).toEqual([2, message]);
  });
});

describe('the package API', () => {
  it('offers loadPlan, runPhase, verify, status and report to migration scripts', () => {
    const root = batch();
    const p = loadPlan(path.join(root, 'plans/a.yaml'));
    expect(verify(p).summary.actionable).toBe(1);
    expect(status(p).phases[0].status).toBe('TODO');
    expect(runPhase(p, 'I', { dryRun: true }).status).toBe('dry-run');
    expect(runPhase(p, 'phase-1', { now: () => new Date(0) }).status).toBe('applied');
    expect([verify(p).summary.actionable, status(p).phases[0].status]).toEqual([0, 'DONE']);
    expect(report(p)).toContain('| 1970-01-01 | Phase I | Headers | 1 file changed (drivers/d.ts); actionable 1→0 |');
    expect(fs.existsSync(path.join(root, 'code-a/.remediate/ledger.jsonl'))).toBe(true);
  });
});
