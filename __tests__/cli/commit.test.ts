import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readLedger } from '../../src/ledger/ledger';
import { runCli } from '../helpers/cli';
import { readTree } from '../helpers/tree';
import { demoProject } from '../status/demo';

function gitRepo(root: string): (...args: string[]) => string {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, stdio: 'pipe' }).toString();
  git('init', '-q');
  git('config', 'user.email', 't@example.com');
  git('config', 'user.name', 'T');
  git('add', '-A');
  git('commit', '-qm', 'init');
  return git;
}

describe('run --commit', () => {
  it('makes one commit per applied phase, with the steps in the body, taking in only the touched files', async () => {
    const root = demoProject();
    const git = gitRepo(root);
    fs.writeFileSync(path.join(root, 'notes.txt'), 'not part of any phase\n');
    git('add', 'notes.txt');
    expect((await runCli(['run', 'phase-1', '--commit'], root)).code).toBe(0);
    expect((await runCli(['run', 'phase-2', '--commit'], root)).code).toBe(0);
    expect(git('log', '--format=%B%x00', '-2').split('\0').map((m) => m.trim()).filter(Boolean)).toEqual([
      'remediate(demo): phase-2 File Relocations\n\n- move drivers/x.ts → engines/x.ts: moved to src/engines/x.ts; 0 importers updated',
      'remediate(demo): phase-1 Header Corrections\n\n- header drivers/d.ts (Layer: L6 — Drivers): header updated\n- header drivers/x.ts (Layer: L5 — Engines): header already as planned',
    ]);
    expect(git('show', '--name-status', '--format=', 'HEAD').trim()).toBe('R100\tcode/src/drivers/x.ts\tcode/src/engines/x.ts');
    expect(git('status', '--porcelain').trim()).toBe('A  notes.txt\n?? code/.remediate/');
    expect(readLedger(path.join(root, 'code')).map((r) => r.commit)).toEqual([git('rev-parse', 'HEAD~1').trim(), git('rev-parse', 'HEAD').trim()]);
  });

  it('refuses when a touched file has uncommitted changes, writing nothing', async () => {
    const root = demoProject();
    gitRepo(root);
    fs.appendFileSync(path.join(root, 'code/src/drivers/d.ts'), '// local edit\n');
    const before = readTree(root);
    const r = await runCli(['run', 'phase-1', '--commit'], root);
    expect([r.code, r.stderr]).toEqual([3, 'remediate: uncommitted changes in files this phase touches: src/drivers/d.ts. Commit or stash them, or pass --allow-dirty\n']);
    expect(readTree(root)).toEqual(before);
  });

  it.each([
    [['--dry-run'], 2, 'remediate: --commit and --dry-run do not mix: a dry run writes nothing to commit\n'],
    [['--allow-dirty'], 2, 'remediate: --commit and --allow-dirty do not mix: a commit would take in the uncommitted changes\n'],
  ])('refuses --commit %j', async (extra, code, message) => {
    const root = demoProject();
    gitRepo(root);
    const r = await runCli(['run', 'phase-1', '--commit', ...extra], root);
    expect([r.code, r.stderr]).toEqual([code, message]);
  });

  it('refuses outside a git work tree before writing anything', async () => {
    const root = demoProject();
    const before = readTree(root);
    const r = await runCli(['run', 'phase-1', '--commit'], root);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/^remediate: --commit needs the code base in a git work tree, and .* is not in one\n$/);
    expect(readTree(root)).toEqual(before);
  });
});
