import { runCli } from '../helpers/cli';
import { readTree, writeTree } from '../helpers/tree';

const TSCONFIG = JSON.stringify({ compilerOptions: { strict: true, noEmit: true, module: 'commonjs', target: 'es2020', skipLibCheck: true, types: [] }, include: ['src'] });

function plan(opts: { top?: string; phase?: string } = {}): string {
  return `version: 1
name: types
root: code
${opts.top ?? ''}phases:
  - id: repoint
    title: Repoint the database imports
${opts.phase ?? ''}    steps:
      - rewrite-imports: { from: "src/legacy/db.ts", to: "src/store/db.ts" }
  - id: tidy
    title: Move the broken file
    steps:
      - move: src/app/broken.ts
        to: src/lib/broken.ts
`;
}

/** A code base whose `repoint` phase leaves `use.ts` importing a name the new module does not export. */
function project(planText = plan(), extra: Record<string, string> = {}): string {
  return writeTree({
    'remediate.yaml': planText,
    'code/tsconfig.json': TSCONFIG,
    'code/src/legacy/db.ts': 'export function query(sql: string): string[] {\n  return [sql];\n}\n',
    'code/src/store/db.ts': 'export function run(sql: string): string[] {\n  return [sql];\n}\n',
    'code/src/app/use.ts': "import { query } from '../legacy/db';\n\nexport const rows = query('x');\n",
    ...extra,
  });
}

const BROKEN = "export const n: number = 'x';\n";
const ADDED = "src/app/use.ts:1:10 TS2305 Module '\"../store/db\"' has no exported member 'query'.";

describe('run --typecheck', () => {
  jest.setTimeout(120_000);

  it('refuses a phase that adds a type error, prints it, and writes nothing', async () => {
    const root = project();
    const before = readTree(root);
    const r = await runCli(['run', 'repoint', '--typecheck'], root);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      [
        'types: repoint Repoint the database imports — REFUSED by verification, nothing written',
        '  ✓ rewrite imports of src/legacy/db.ts → src/store/db.ts: 1 import in 1 file repointed to src/store/db.ts',
        '  verification: 0 fixed, 0 added; actionable 0→0',
        '  type check: 1 added; diagnostics 0→1',
        `    + ${ADDED}`,
        '',
        'repoint was refused: it would add type errors. Nothing of it was written.',
        '',
      ].join('\n'),
    );
    expect(readTree(root)).toEqual(before);
  });

  it('passes a clean phase, shown in a dry run; an error that was there, moved with its file, is not new', async () => {
    const root = project(plan(), { 'code/src/app/broken.ts': BROKEN });
    const before = readTree(root);
    const r = await runCli(['run', 'tidy', '--typecheck', '--dry-run'], root);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        'types: tidy Move the broken file — dry run, 1 files would change',
        '  ✓ move src/app/broken.ts → src/lib/broken.ts: moved to src/lib/broken.ts; 0 importers updated',
        '  moved src/app/broken.ts → src/lib/broken.ts',
        '  verification: 0 fixed, 0 added; actionable 0→0',
        '  type check: 0 added; diagnostics 1→1',
        '',
        'diff --git a/src/app/broken.ts b/src/lib/broken.ts',
        'similarity index 100%',
        'rename from src/app/broken.ts',
        'rename to src/lib/broken.ts',
        '',
        'Dry run: 1 files would change; nothing was written.',
        '',
      ].join('\n'),
    );
    expect(readTree(root)).toEqual(before);
    expect((await runCli(['run', 'tidy', '--typecheck'], root)).code).toBe(0);
    expect(readTree(root, { skipJournal: true })['code/src/lib/broken.ts']).toBe(BROKEN);
  });

  it('on a tree with errors already, lists only the new one', async () => {
    const root = project(plan(), { 'code/src/app/broken.ts': BROKEN });
    const r = await runCli(['run', 'repoint', '--typecheck', '--dry-run'], root);
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n').slice(3, 5)).toEqual(['  type check: 1 added; diagnostics 1→2', `    + ${ADDED}`]);
  });

  it('is on for every phase with `typecheck: true` on the plan, and for one phase with it on the phase', async () => {
    const onPlan = await runCli(['run', 'repoint'], project(plan({ top: 'typecheck: true\n' })));
    expect([onPlan.code, onPlan.stdout.includes(`    + ${ADDED}`)]).toEqual([1, true]);
    const onPhase = await runCli(['run', 'repoint'], project(plan({ phase: '    typecheck: true\n' })));
    expect([onPhase.code, onPhase.stdout.includes(`    + ${ADDED}`)]).toEqual([1, true]);
  });

  it('is off without the flag or the key: the phase that breaks the types is applied', async () => {
    const root = project();
    const r = await runCli(['run', 'repoint'], root);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('type check');
    expect(readTree(root)['code/src/app/use.ts']).toBe("import { query } from '../store/db';\n\nexport const rows = query('x');\n");
  });

  it('--json carries the verdict per phase; the check after reuses the one before and costs less', async () => {
    const r = await runCli(['run', 'repoint', '--typecheck', '--json'], project());
    const phase = JSON.parse(r.stdout).phases[0];
    expect(phase.typecheck).toEqual({
      ok: false,
      before: 0,
      after: 1,
      added: [{ file: 'src/app/use.ts', line: 1, column: 10, code: 2305, message: 'Module \'"../store/db"\' has no exported member \'query\'.', project: 'tsconfig.json' }],
      ms: { before: expect.any(Number), after: expect.any(Number) },
    });
    expect(phase.typecheck.ms.after).toBeLessThan(phase.typecheck.ms.before);
  });

  it('--all: an applied phase is followed by a refused one, whose check before is the applied one\'s check after', async () => {
    const [head, repoint, tidy] = plan().split(/(?=  - id: )/);
    const root = project(head + tidy + repoint, { 'code/src/app/broken.ts': BROKEN });
    const r = await runCli(['run', '--all', '--typecheck', '--json'], root);
    const phases = JSON.parse(r.stdout).phases;
    expect([r.code, phases.map((p: { status: string }) => p.status)]).toEqual([1, ['applied', 'refused']]);
    expect(phases[1].typecheck.ms.before).toBe(phases[0].typecheck.ms.after);
    expect([phases[1].typecheck.before, phases[1].typecheck.after]).toEqual([1, 2]);
    const tree = readTree(root);
    expect([tree['code/src/lib/broken.ts'], tree['code/src/app/use.ts']]).toEqual([BROKEN, "import { query } from '../legacy/db';\n\nexport const rows = query('x');\n"]);
  });
});
