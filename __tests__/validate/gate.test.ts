import { runCli } from '../helpers/cli';
import { planText, validateTree } from '../helpers/rule-cases';
import { readTree, writeTree } from '../helpers/tree';
import { compareResults } from '../../src/validate/gate';

const RULES = `layers:
  L5: { title: Domain Engine, paths: ["**/engines/**"] }
  L6: { title: Drivers, paths: ["**/drivers/**"] }
rules:
  HEADER_LAYER: {}
  LEGACY_IMPORT: { modules: ["app/services/**"] }`;

const CODE = {
  'drivers/a.ts': '// Layer: L4 — Domain Engine\nexport const a = 1;\n',
  'drivers/b.ts': '// Layer: L6 — Drivers\nexport const b = 1;\n',
  'engines/c.ts': "// Layer: L5 — Domain Engine\nimport { x } from 'app/services/x';\nimport { y } from 'app/services/y';\n",
};

/** A tree with a plan of one phase made of `steps` (YAML lines indented for a step list). */
function project(steps: string): string {
  const phases = `phases:\n  - id: phase-1\n    title: Headers\n    steps:\n${steps}`;
  return writeTree({ 'remediate.yaml': planText(`${RULES}\n${phases}`), ...CODE }, 'remediate-gate-');
}

/** The phase's status line and the gate's lines of `run` output (step lines belong to the operations). */
function gateLines(stdout: string): string[] {
  return stdout.split('\n').filter((l) => /^(\S.*— |  verification: |    [+✗] )/.test(l));
}

describe('the verification gate (remediate run)', () => {
  it('refuses a header phase that adds a HEADER_LAYER violation: exit 1, the tree byte-identical', async () => {
    const root = project('      - header: drivers/a.ts\n        set: { Layer: "L6 — Drivers" }\n      - header: drivers/b.ts\n        set: { Layer: "L5 — Domain Engine" }\n');
    const before = readTree(root);
    const r = await runCli(['run', 'phase-1'], root);
    expect(r.code).toBe(1);
    expect(gateLines(r.stdout)).toEqual([
      'test: phase-1 Headers — REFUSED by verification, nothing written',
      '  verification: 1 fixed, 1 added; actionable 3→3',
      "    + drivers/b.ts:1:1 HEADER_LAYER header declares L5 — Domain Engine but the file's folder is L6",
    ]);
    expect(readTree(root)).toEqual(before);
  });

  it('refuses a phase that misses its expect, though it adds nothing', async () => {
    const fix = '      - header: drivers/a.ts\n        set: { Layer: "L6 — Drivers" }\n';
    for (const [expectation, failure] of [
      ['{ actionable: 0 }', 'expected at most 0 actionable violations, found 2'],
      ['{ max: { LEGACY_IMPORT: 1 } }', 'expected at most 1 LEGACY_IMPORT violations, found 2'],
    ]) {
      const root = project(`${fix}      - verify: { expect: ${expectation} }\n`);
      const before = readTree(root);
      const r = await runCli(['run', 'phase-1'], root);
      expect(r.code).toBe(1);
      expect(gateLines(r.stdout)).toEqual([
        'test: phase-1 Headers — REFUSED by verification, nothing written',
        '  verification: 1 fixed, 0 added; actionable 3→2 (HEADER_LAYER 1→0)',
        `    ✗ ${failure}`,
      ]);
      expect(readTree(root)).toEqual(before);
    }
  });

  it('prints the new-vs-fixed summary when a phase passes, and writes it', async () => {
    const root = project('      - header: drivers/a.ts\n        set: { Layer: "L6 — Drivers" }\n      - verify: { expect: { max: { LEGACY_IMPORT: 2 } } }\n');
    const r = await runCli(['run', 'phase-1', '--allow-dirty'], root);
    expect(r.code).toBe(0);
    expect(gateLines(r.stdout)).toEqual(['test: phase-1 Headers — applied, 1 files written', '  verification: 1 fixed, 0 added; actionable 3→2 (HEADER_LAYER 1→0)']);
    expect(readTree(root)['drivers/a.ts']).toBe('// Layer: L6 — Drivers\nexport const a = 1;\n');
  });
});

describe('compareResults', () => {
  const plan = planText('rules:\n  BANNED_NAMING: { files: ["**/*_service.ts"] }');
  it('matches violations by rule and file through the moves, not by line', () => {
    const before = validateTree({ 'a_service.ts': '', 'b_service.ts': '' }, plan).result;
    const after = validateTree({ 'moved/a_service.ts': '\n\n', 'c_service.ts': '' }, plan).result;
    const gate = compareResults(before, after, (p) => (p === 'a_service.ts' ? 'moved/a_service.ts' : p), []);
    expect([gate.ok, gate.added.map((v) => v.file), gate.fixed.map((v) => v.file)]).toEqual([false, ['c_service.ts'], ['b_service.ts']]);
    expect(gate.byRule).toEqual([{ rule: 'BANNED_NAMING', before: 2, after: 2 }]);
  });
});
