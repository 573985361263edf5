import { runCli } from '../helpers/cli';
import { planText } from '../helpers/rule-cases';
import { writeTree } from '../helpers/tree';

/** A plan with only rules (no layers, no phases) over a tree with one violation in scope and one out. */
function project(): string {
  return writeTree({
    'remediate.yaml': planText('scope: app\nrules:\n  BANNED_NAMING: { files: ["**/*_service.ts"] }\n  LEGACY_IMPORT: { modules: [old-sdk] }\ndebt:\n  - { rule: LEGACY_IMPORT, file: b.ts, reason: "until the SDK is replaced" }'),
    'app/a_service.ts': 'export {};\n',
    'app/b.ts': "import sdk from 'old-sdk';\n",
    'lib/c.ts': "import sdk from 'old-sdk';\n",
  });
}

describe('remediate verify', () => {
  it('runs a plan that has only rules, and exits 1 under --ci while anything actionable remains', async () => {
    const root = project();
    expect((await runCli(['verify'], root)).code).toBe(0);
    const ci = await runCli(['verify', '--ci'], root);
    expect([ci.code, ci.stdout.split('\n')[0]]).toEqual([1, 'test: 3 violations (1 actionable, 1 documented debt) — scope app']);
  });

  it('--path replaces the scope', async () => {
    const r = await runCli(['verify', '--path', 'lib', '--ci'], project());
    expect([r.code, r.stdout.split('\n')[0]]).toEqual([1, 'test: 3 violations (1 actionable, 1 documented debt) — scope lib']);
    expect((await runCli(['verify', '--path', '//lib/c.ts'], project())).code).toBe(0);
  });

  it.each([
    ['json', (out: string) => JSON.parse(out).summary.actionable],
    ['sarif', (out: string) => JSON.parse(out).runs[0].results.filter((r: { level: string }) => r.level === 'error').length],
    ['markdown', (out: string) => Number(/\((\d+) actionable/.exec(out)?.[1])],
    ['text', (out: string) => Number(/\((\d+) actionable/.exec(out)?.[1])],
  ])('--format %s', async (format, actionable) => {
    const r = await runCli(['verify', '--format', format], project());
    expect([r.code, actionable(r.stdout), r.stderr]).toEqual([0, 1, '']);
  });

  it('refuses an unknown format with exit 2', async () => {
    expect((await runCli(['verify', '--format', 'xml'], project())).code).toBe(2);
  });
});
