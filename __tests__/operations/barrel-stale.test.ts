import { hits, planText, ruleTable, validateTree } from '../helpers/rule-cases';

const B = 'BARREL_STALE';
const layers = 'layers:\n  L6: { title: Drivers, paths: ["**/drivers/**"] }';
const steps = 'phases:\n  - id: p\n    title: P\n    steps:\n      - barrel: drivers\n        exclude: ["drivers/wip_*.ts"]';
const current = "// Layer: L6 — Drivers\n\nexport { a } from './a';\nexport { b } from './b';\n";
const modules = { 'drivers/a.ts': 'export const a = 1;\n', 'drivers/b.ts': 'export const b = 2;\n', 'drivers/wip_c.ts': 'export const c = 3;\n' };

// With `barrels: []`, the folders and settings come from the plan's barrel steps.
ruleTable('BARREL_STALE (folders from the plan’s barrel steps)', planText(`${layers}\nrules:\n  BARREL_STALE: { barrels: [] }\n${steps}`), {
  valid: [
    { name: 'a barrel as the step generates it (its exclude honoured)', files: { ...modules, 'drivers/index.ts': current } },
    { name: 'a folder that does not exist (yet)', files: { 'lib/x.ts': 'export {};\n' } },
  ],
  invalid: [
    { name: 'a stale entry and a missing one', files: { ...modules, 'drivers/index.ts': "// Layer: L6 — Drivers\n\nexport { a } from './a';\nexport * from './gone';\n" }, expected: [[B, 'drivers/index.ts', 4]] },
    { name: 'a missing barrel', files: modules, expected: [[B, 'drivers/index.ts', 1]] },
    { name: 'a name two modules export', files: { ...modules, 'drivers/b.ts': 'export const a = 2;\n', 'drivers/index.ts': current }, expected: [[B, 'drivers/index.ts', 1]] },
  ],
});

// A listed folder no step names is checked with every module it holds.
ruleTable('BARREL_STALE (listed folders)', planText(`${layers}\nrules:\n  BARREL_STALE: { barrels: [lib] }`), {
  valid: [{ name: 'an up-to-date listed barrel', files: { 'lib/x.ts': 'export const x = 1;\n', 'lib/index.ts': "// Role: lib\n\nexport { x } from './x';\n" } }],
  invalid: [{ name: 'a listed barrel missing a module', files: { 'lib/x.ts': 'export const x = 1;\n', 'lib/y.ts': 'export type Y = 1;\n', 'lib/index.ts': "// Role: lib\n\nexport { x } from './x';\n" }, expected: [[B, 'lib/index.ts', 4]] }],
});

describe('BARREL_STALE messages', () => {
  const plan = planText(`${layers}\nrules:\n  BARREL_STALE: { barrels: [] }\n${steps}`);
  it('names the modules that are missing, stale or re-exported with other names', () => {
    const index = "// Layer: L6 — Drivers\n\nexport { a, old } from './a';\nexport * from './gone';\n";
    const { result } = validateTree({ ...modules, 'drivers/index.ts': index }, plan);
    expect(hits(result)).toEqual([[B, 'drivers/index.ts', 3]]);
    expect(result.violations[0].message).toBe('barrel is stale: missing ./b; stale ./gone; names differ for ./a (regenerate it with the barrel step)');
  });

  it('says when only the layout differs, and when generation is refused', () => {
    const reordered = "// Layer: L6 — Drivers\n\nexport { b } from './b';\nexport { a } from './a';\n";
    expect(validateTree({ ...modules, 'drivers/index.ts': reordered }, plan).result.violations[0].message).toBe(
      'barrel is stale: header, order or layout differs (regenerate it with the barrel step)',
    );
    const clash = validateTree({ ...modules, 'drivers/b.ts': 'export const a = 2;\n', 'drivers/index.ts': current }, plan).result.violations[0].message;
    expect(clash).toBe('barrel cannot be generated: drivers/index.ts: "a" is exported by both drivers/a.ts and drivers/b.ts; exclude one, or re-export it by hand between remediate:keep-start and remediate:keep-end');
  });
});
