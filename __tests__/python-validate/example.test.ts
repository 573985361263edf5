import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../helpers/cli';
import { pyrightErrors, unimportableModules } from '../helpers/python';
import { readTree } from '../helpers/tree';

const REPO = path.join(__dirname, '../..');
const PLAN = 'plans/python/integrations-phase-2.5.yaml';
const ROOTS = ['backend', 'backend/vendor'];

/** examples/hoc-py and its plan, copied into a fresh folder. */
function exampleCopy(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'remediate-py-example-'));
  fs.cpSync(path.join(REPO, 'examples/hoc-py'), path.join(root, 'examples/hoc-py'), { recursive: true });
  fs.cpSync(path.join(REPO, 'plans/python'), path.join(root, 'plans/python'), { recursive: true });
  return root;
}

describe('the Python example (examples/hoc-py)', () => {
  it('verify reports what the seed validator table would, by rule, in scope and debt', async () => {
    const r = await runCli(['verify', '--plan', PLAN, '--format', 'json'], REPO);
    expect(r.stderr).toBe('');
    const { summary } = JSON.parse(r.stdout);
    const byRule = Object.fromEntries(Object.entries(summary.byRule as Record<string, { count: number; debt: number }>).map(([k, v]) => [k, [v.count, v.debt]]));
    expect({ total: summary.total, actionable: summary.actionable, debt: summary.debt }).toEqual({ total: 30, actionable: 16, debt: 14 });
    expect(byRule).toEqual({
      AUDIENCE_BOUNDARY: [1, 0],
      BANNED_NAMING: [4, 4],
      BARREL_STALE: [3, 0],
      HEADER_LAYER: [10, 0],
      LAYER_BOUNDARY: [6, 6],
      LEGACY_IMPORT: [6, 4],
    });
  });

  it('phase-1 shows its diff first, then fixes the headers; the tree still imports and type-checks', async () => {
    const root = exampleCopy();
    const before = readTree(root);
    const dry = await runCli(['run', 'phase-1', '--dry-run', '--plan', PLAN], root);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('-# Layer: L4 — Domain Services\n+# Layer: L6 — Drivers\n');
    expect(readTree(root)).toEqual(before);
    const run = await runCli(['run', 'phase-1', '--plan', PLAN], root);
    expect([run.code, run.stderr]).toEqual([0, '']);
    const code = path.join(root, 'examples/hoc-py');
    expect(fs.readFileSync(path.join(code, 'backend/app/houseofcards/customer/integrations/drivers/learning_proof.py'), 'utf8')).toContain('Layer: L5 — Domain Engine');
    expect(unimportableModules(code, ROOTS)).toEqual([]);
    expect(pyrightErrors(code)).toEqual([]);
    const status = await runCli(['status', '--plan', PLAN], root);
    expect(status.stdout).toMatch(/phase-1 .*DONE/);
    const report = await runCli(['report', '--plan', PLAN], root);
    expect(report.stdout).toContain('## Phase I: Header Corrections');
  });
});

describe('bad Python input: one message, exit code, nothing written', () => {
  const plan = (steps: string, extra = '') => `version: 1\nname: bad\nroot: code\n${extra}phases:\n  - id: phase-1\n    title: P\n    steps:\n${steps.replace(/^/gm, '      ')}\n`;
  const tree = (files: Record<string, string | Buffer>, planText: string) => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'remediate-py-bad-'));
    fs.writeFileSync(path.join(root, 'remediate.yaml'), planText);
    for (const [p, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(root, 'code', p)), { recursive: true });
      fs.writeFileSync(path.join(root, 'code', p), text);
    }
    return root;
  };

  it.each([
    ['a syntax error in the file a header step edits', { 'app/a.py': '# Layer: L4\ndef f(:\n    pass\n' }, plan('- header: app/a.py\n  set: { Layer: L5 }'), 3, "remediate: remediate.yaml:8:9: phase-1 step 1 (header app/a.py (Layer: L5)): cannot edit the header: a file it must edit does not parse: app/a.py:2:7 missing ')'\n"],
    ['an undecodable file', { 'app/a.py': Buffer.from([0x23, 0x20, 0xff, 0xfe, 0x0a]) }, plan('- header: app/a.py\n  set: { Layer: L5 }'), 3, 'remediate: app/a.py:1: the bytes are not valid utf-8\n'],
    ['a missing import root', { 'app/a.py': 'A = 1\n' }, plan('- header: app/a.py\n  set: { Layer: L5 }', 'python: { roots: [src] }\n'), 2, /^remediate: remediate\.yaml:4:19: import root not found: src \(no folder .*code\/src\)\n$/],
  ])('%s', async (_what, files, planText, code, message) => {
    const root = tree(files as Record<string, string | Buffer>, planText as string);
    const before = readTree(root);
    const r = await runCli(['run', 'phase-1'], root);
    expect(r.code).toBe(code);
    if (typeof message === 'string') expect(r.stderr).toBe(message);
    else expect(r.stderr).toMatch(message as RegExp);
    expect(readTree(root)).toEqual(before);
  });

  it('a header edit keeps a latin-1 file latin-1, and one the declared encoding cannot hold is refused', async () => {
    const latin = Buffer.concat([Buffer.from('# -*- coding: latin-1 -*-\n# Layer: L4\nNAME = "caf'), Buffer.from([0xe9]), Buffer.from('"\n')]);
    const root = tree({ 'app/a.py': latin }, plan('- header: app/a.py\n  set: { Layer: L5 — Engines }'));
    const refused = await runCli(['run', 'phase-1'], root);
    expect(refused.stderr).toBe('remediate: app/a.py:2:13: "—" (U+2014) cannot be written in latin-1, the encoding the file declares\n');
    expect(fs.readFileSync(path.join(root, 'code/app/a.py'))).toEqual(latin);
    fs.writeFileSync(path.join(root, 'remediate.yaml'), plan('- header: app/a.py\n  set: { Layer: L5 }'));
    expect((await runCli(['run', 'phase-1'], root)).code).toBe(0);
    expect(fs.readFileSync(path.join(root, 'code/app/a.py'))).toEqual(Buffer.concat([Buffer.from('# -*- coding: latin-1 -*-\n# Layer: L5\nNAME = "caf'), Buffer.from([0xe9]), Buffer.from('"\n')]));
  });
});
