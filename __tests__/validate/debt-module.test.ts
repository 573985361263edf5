import { PlanError } from '../../src/errors';
import { planText, validateTree } from '../helpers/rule-cases';

const files = {
  'app/drivers/bridge.ts': [
    "import { a } from 'legacy/allowed';",
    "import { b } from 'legacy/other';",
    "import { run } from '../engines/run';",
    "import { stop } from '../engines/stop';",
    'export const all = [a, b, run, stop];',
  ].join('\n'),
  'app/engines/run.ts': 'export const run = 1;\n',
  'app/engines/stop.ts': 'export const stop = 1;\n',
};

const plan = (debt: string) =>
  planText(`
layers:
  L5: { title: Engines, paths: ["app/engines/**"] }
  L6: { title: Drivers, paths: ["app/drivers/**"] }
rules:
  LEGACY_IMPORT: { modules: ["legacy/**"] }
  LAYER_BOUNDARY: { L6: { deny: [L5] } }
debt:
${debt}`);

/** [rule, line, debt reason] of each violation, and the stale entries' lines. */
function view(debt: string) {
  const { result } = validateTree(files, plan(debt));
  return { violations: result.violations.map((v) => [v.rule, v.line, v.debtReason ?? null]), stale: result.staleDebt.map((s) => [s.rule, s.line]) };
}

describe('debt entries narrowed to one import with module:', () => {
  it('cover only the findings whose import matches, by specifier or by the file it resolves to', () => {
    expect(
      view(`
  - { rule: LEGACY_IMPORT, file: app/drivers/bridge.ts, module: legacy/allowed, reason: "kept until v2" }
  - { rule: LAYER_BOUNDARY, file: app/drivers/bridge.ts, module: "app/engines/run", reason: "HYBRID run" }`),
    ).toEqual({
      violations: [
        ['LEGACY_IMPORT', 1, 'kept until v2'],
        ['LEGACY_IMPORT', 2, null],
        ['LAYER_BOUNDARY', 3, 'HYBRID run'],
        ['LAYER_BOUNDARY', 4, null],
      ],
      stale: [],
    });
  });

  it('leave a whole-file entry covering every finding of its rule, and report an entry whose module matches nothing as stale', () => {
    expect(
      view(`
  - { rule: LAYER_BOUNDARY, file: app/drivers/bridge.ts, reason: "whole file" }
  - { rule: LEGACY_IMPORT, file: app/drivers/bridge.ts, module: legacy/gone, reason: "paid" }`),
    ).toEqual({
      violations: [
        ['LEGACY_IMPORT', 1, null],
        ['LEGACY_IMPORT', 2, null],
        ['LAYER_BOUNDARY', 3, 'whole file'],
        ['LAYER_BOUNDARY', 4, 'whole file'],
      ],
      stale: [['LEGACY_IMPORT', 13]],
    });
  });

  it('is a plan error on a rule whose findings are not imports', () => {
    const bad = plan(`  - { rule: HEADER_LAYER, file: app/drivers/bridge.ts, module: legacy/x, reason: "r" }`);
    expect(() => validateTree(files, bad)).toThrow(PlanError);
    expect(() => validateTree(files, bad)).toThrow(
      /remediate\.yaml:11:64: module applies to the import rules only \(LEGACY_IMPORT, ORM_RUNTIME, LAYER_BOUNDARY, AUDIENCE_BOUNDARY, UNRESOLVED_IMPORT\); HEADER_LAYER findings are not imports/,
    );
  });
});
