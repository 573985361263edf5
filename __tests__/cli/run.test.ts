import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli } from '../helpers/cli';
import { readTree, writeTree } from '../helpers/tree';

const PLAN = `version: 1
name: demo
root: code
scope: src
layers:
  L5: { title: Engines, paths: ["**/engines/**"] }
  L6: { title: Drivers, paths: ["**/drivers/**"] }
rules:
  HEADER_LAYER: {}
phases:
  - id: phase-1
    title: Header Corrections
    steps:
      - header: drivers/d.ts
        set: { Layer: "L6 — Drivers" }
      - header: engines/e.ts
        set: { Layer: "L5 — Engines" }
        tags: [M25_FROZEN]
`;

function project(plan = PLAN): string {
  return writeTree({
    'remediate.yaml': plan,
    'code/src/drivers/d.ts': '// Layer: L4 — Domain Engine\nimport { e } from "../engines/e";\nexport const d = e;\n',
    'code/src/engines/e.ts': '// Layer: L5 — Engines\nexport const e = 1;\n',
  });
}

describe('remediate run', () => {
  it('--dry-run prints the diff and the gate, and leaves the tree byte-identical', async () => {
    const root = project();
    const before = readTree(root);
    const r = await runCli(['run', 'phase-1', '--dry-run'], root);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        'demo: phase-1 Header Corrections — dry run, 2 files would change',
        '  ✓ header drivers/d.ts (Layer: L6 — Drivers): header updated',
        '  ✓ header engines/e.ts (Layer: L5 — Engines; tag M25_FROZEN): header updated',
        '  verification: 1 fixed, 0 added; actionable 1→0 (HEADER_LAYER 1→0)',
        '',
        'diff --git a/src/drivers/d.ts b/src/drivers/d.ts',
        '--- a/src/drivers/d.ts',
        '+++ b/src/drivers/d.ts',
        '@@ -1,3 +1,3 @@',
        '-// Layer: L4 — Domain Engine',
        '+// Layer: L6 — Drivers',
        ' import { e } from "../engines/e";',
        ' export const d = e;',
        'diff --git a/src/engines/e.ts b/src/engines/e.ts',
        '--- a/src/engines/e.ts',
        '+++ b/src/engines/e.ts',
        '@@ -1,2 +1,3 @@',
        ' // Layer: L5 — Engines',
        '+// Tags: M25_FROZEN',
        ' export const e = 1;',
        '',
        'Dry run: 2 files would change; nothing was written.',
        '',
      ].join('\n'),
    );
    expect(readTree(root)).toEqual(before);
  });

  it('applies a phase; a second run changes nothing', async () => {
    const root = project();
    expect((await runCli(['run', 'I'], root)).code).toBe(0);
    const after = readTree(root);
    expect(after['code/src/drivers/d.ts']).toBe('// Layer: L6 — Drivers\nimport { e } from "../engines/e";\nexport const d = e;\n');
    const again = await runCli(['run', '1', '--json'], root);
    expect(JSON.parse(again.stdout).phases[0].status).toBe('unchanged');
    expect(readTree(root)).toEqual(after);
  });

  it('--patch writes a patch that git apply accepts', async () => {
    const root = project();
    const copy = writeTree({});
    fs.cpSync(path.join(root, 'code'), copy, { recursive: true });
    expect((await runCli(['run', 'phase-1', '--dry-run', '--patch', 'out.diff'], root)).code).toBe(0);
    execFileSync('git', ['apply', path.join(root, 'out.diff')], { cwd: copy });
    await runCli(['run', 'phase-1'], root);
    expect(readTree(copy)).toEqual(readTree(path.join(root, 'code'), { skipJournal: true }));
  });

  it('an injected write failure exits 3 and leaves the tree byte-identical', async () => {
    const root = project();
    const before = readTree(root);
    const r = await runCli(['run', 'phase-1'], root, { REMEDIATE_FAIL_AT_WRITE: '2' });
    expect([r.code, r.stderr]).toEqual([3, 'remediate: writing the phase failed and was rolled back: injected failure at write 2\n']);
    expect(readTree(root)).toEqual(before);
  });

  it('refuses a phase whose gate finds a new violation, with exit 1 and nothing written', async () => {
    const root = project(PLAN.replace('set: { Layer: "L5 — Engines" }', 'set: { Layer: "L6 — Drivers" }'));
    const before = readTree(root);
    const r = await runCli(['run', 'phase-1'], root);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('    + src/engines/e.ts:1:1 HEADER_LAYER header declares L6 — Drivers but the file\'s folder is L5');
    expect(r.stdout).toContain('phase-1 was refused: it would add violations or miss its expectation. Nothing of it was written.');
    expect(readTree(root)).toEqual(before);
  });

  it('refuses to write over uncommitted git changes unless --allow-dirty', async () => {
    const root = project();
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.email=t@t', '-c', 'user.name=t', ...args], { cwd: root, stdio: 'pipe' });
    git('init', '-q');
    git('add', '-A');
    git('commit', '-qm', 'init');
    fs.appendFileSync(path.join(root, 'code/src/engines/e.ts'), '// local edit\n');
    const r = await runCli(['run', 'phase-1'], root);
    expect([r.code, r.stderr]).toEqual([3, 'remediate: uncommitted changes in files this phase touches: src/engines/e.ts. Commit or stash them, or pass --allow-dirty\n']);
    expect((await runCli(['run', 'phase-1', '--allow-dirty'], root)).code).toBe(0);
  });

  it.each([
    [['run'], 'remediate: name a phase (e.g. `remediate run phase-1`) or pass --all\n'],
    [['run', 'phase-9'], 'remediate: unknown phase "phase-9" in demo: the plan\'s phases are phase-1\n'],
    [['run', 'phase-1', '--plan', 'missing.yaml'], 'remediate: missing.yaml:1:1: cannot read plan file missing.yaml\n'],
  ])('bad usage %j exits 2 with one line', async (args, message) => {
    const r = await runCli(args, project());
    expect([r.code, r.stderr, r.stdout]).toEqual([2, message, '']);
  });

  it('a bad plan exits 2 naming file, line and column', async () => {
    const root = project(PLAN.replace('title: Header Corrections', 'titel: Header Corrections'));
    const r = await runCli(['run', 'phase-1'], root);
    expect([r.code, r.stderr]).toEqual([2, 'remediate: remediate.yaml:12:5: unknown key "titel" in phases[0] (did you mean "title"?)\n']);
  });
});

describe('remediate plan check', () => {
  it('lists the phases of a valid plan', async () => {
    const root = project();
    const r = await runCli(['plan', 'check', 'remediate.yaml'], root);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').slice(5)).toEqual([
      'phase-1  Header Corrections',
      '  header drivers/d.ts (Layer: L6 — Drivers)',
      '  header engines/e.ts (Layer: L5 — Engines; tag M25_FROZEN)',
      '',
    ]);
  });
});

describe('recovery of an interrupted apply', () => {
  it('the next run rolls back a killed apply, says so, and then applies the phase', async () => {
    const { execFileSync: exec } = require('node:child_process');
    const root = project();
    const before = readTree(root);
    let signal: string | undefined;
    try {
      exec(process.execPath, [path.join(__dirname, '../../bin/remediate'), 'run', 'phase-1'], { cwd: root, env: { ...process.env, REMEDIATE_KILL_AT_WRITE: '2' }, stdio: 'pipe' });
    } catch (err) {
      signal = (err as { signal?: string }).signal;
    }
    expect(signal).toBe('SIGKILL');
    expect(readTree(root)).not.toEqual(before);
    const r = await runCli(['run', 'phase-1'], root);
    expect(r.stderr).toBe('remediate: an interrupted apply was rolled back (2 file operations undone); the code base is as it was before that phase\n');
    expect(r.code).toBe(0);
  });
});
