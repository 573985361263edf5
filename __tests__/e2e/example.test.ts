import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ts from 'typescript';
import { runCli } from '../helpers/cli';
import { readTree } from '../helpers/tree';

const REPO = path.join(__dirname, '../..');

/** The bundled example and its plan, copied into a fresh git work tree. */
function exampleCopy(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'remediate-example-'));
  fs.cpSync(path.join(REPO, 'examples'), path.join(root, 'examples'), { recursive: true });
  fs.cpSync(path.join(REPO, 'plans'), path.join(root, 'plans'), { recursive: true });
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.email=t@t', '-c', 'user.name=t', ...args], { cwd: root, stdio: 'pipe' });
  git('init', '-q');
  git('add', '-A');
  git('commit', '-qm', 'before Phase 2.5');
  return root;
}

function typeErrors(project: string): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(path.join(project, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
  const program = ts.createProgram(config!.fileNames, config!.options);
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

const PLAN = 'plans/integrations-phase-2.5.yaml';

describe('the bundled example', () => {
  it('type-checks before the plan', () => {
    expect(typeErrors(path.join(REPO, 'examples/hoc'))).toEqual([]);
  });

  it('the quick start dry run changes nothing on disk', async () => {
    const root = exampleCopy();
    const before = readTree(root);
    const r = await runCli(['run', 'phase-1', '--dry-run'], root);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Dry run: 7 files would change; nothing was written.');
    expect(readTree(root)).toEqual(before);
  });

  it('run --all reaches the seed end state, type-checks, and a second run changes nothing', async () => {
    const root = exampleCopy();
    const first = await runCli(['run', '--all', '--json'], root);
    expect(first.code).toBe(0);
    const phases = JSON.parse(first.stdout).phases as { id: string; status: string }[];
    expect(phases.map((p) => `${p.id} ${p.status}`)).toEqual([
      'phase-1 applied', 'phase-2 applied', 'phase-3 applied', 'phase-4 applied', 'phase-5 applied', 'phase-6 applied', 'phase-7 unchanged',
    ]);
    expect(typeErrors(path.join(root, 'examples/hoc'))).toEqual([]);

    const verify = JSON.parse((await runCli(['verify', '--format', 'json', '--plan', PLAN], root)).stdout);
    expect(verify.summary.actionable).toBe(0);
    expect(Object.fromEntries(Object.entries(verify.summary.byRule as Record<string, { count: number; debt: number }>).map(([k, v]) => [k, [v.count, v.debt]]))).toEqual({
      BANNED_NAMING: [4, 4],
      LAYER_BOUNDARY: [5, 5],
      LEGACY_IMPORT: [5, 5],
      ORM_RUNTIME: [3, 3],
    });

    const after = readTree(root, { skipJournal: true });
    const second = await runCli(['run', '--all', '--json'], root);
    expect(second.code).toBe(0);
    expect((JSON.parse(second.stdout).phases as { status: string }[]).every((p) => p.status === 'unchanged')).toBe(true);
    expect(readTree(root, { skipJournal: true })).toEqual(after);
  });
});
