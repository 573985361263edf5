import { planText, validateTree } from '../helpers/rule-cases';

const files = {
  'app/integrations/drivers/bridges.ts': "import { run } from '../engines/run';\n",
  'app/integrations/drivers/execution.ts': "import { run } from '../engines/run';\nimport { x } from 'app/services/connectors';\n",
  'app/integrations/facades/a.ts': "import { x } from 'app/services/connectors';\n",
  'app/integrations/facades/deep/b.ts': "import { x } from 'app/services/connectors';\n",
  'app/integrations/engines/run.ts': 'export const run = 1;\n',
  'app/other/c.ts': "import { x } from 'app/services/connectors';\n",
};

const plan = (debt: string) =>
  planText(`
scope: app/integrations
layers:
  L5: { title: Domain Engine, paths: ["**/engines/**"] }
  L6: { title: Drivers, paths: ["**/drivers/**"] }
rules:
  LEGACY_IMPORT: { modules: ["app/services/**"] }
  LAYER_BOUNDARY: { L6: { deny: [L5] } }
debt:
${debt}`);

/** [rule, file, line, debt reason] of each violation. */
function debtView(debt: string) {
  const { result } = validateTree(files, plan(debt));
  return { violations: result.violations.map((v) => [v.rule, v.file, v.line, v.debtReason ?? null]), summary: result.summary, stale: result.staleDebt };
}

describe('debt', () => {
  it('marks violations matched by an exact file (relative to scope) or a glob, with the first entry\'s reason', () => {
    const { violations, stale } = debtView(`
  - { rule: LAYER_BOUNDARY, file: drivers/bridges.ts, reason: "HYBRID pending M25" }
  - { rule: LEGACY_IMPORT, file: "facades/**", reason: "out of phase scope" }
  - { rule: LEGACY_IMPORT, file: facades/a.ts, reason: "also listed on its own" }
  - { rule: LEGACY_IMPORT, file: "//app/other/*.ts", reason: "root-relative entry" }`);
    expect(violations).toEqual([
      ['LAYER_BOUNDARY', 'app/integrations/drivers/bridges.ts', 1, 'HYBRID pending M25'],
      ['LAYER_BOUNDARY', 'app/integrations/drivers/execution.ts', 1, null],
      ['LEGACY_IMPORT', 'app/integrations/drivers/execution.ts', 2, null],
      ['LEGACY_IMPORT', 'app/integrations/facades/a.ts', 1, 'out of phase scope'],
      ['LEGACY_IMPORT', 'app/integrations/facades/deep/b.ts', 1, 'out of phase scope'],
      ['LEGACY_IMPORT', 'app/other/c.ts', 1, 'root-relative entry'],
    ]);
    expect(stale).toEqual([]);
  });

  it('does not count debt as actionable, in scope or out', () => {
    const { summary } = debtView(`
  - { rule: LEGACY_IMPORT, file: "facades/**", reason: "out of phase scope" }
  - { rule: LEGACY_IMPORT, file: "//app/other/*.ts", reason: "root-relative entry" }`);
    expect(summary).toEqual({
      total: 6,
      inScope: 5,
      actionable: 3,
      debt: 3,
      byRule: {
        LAYER_BOUNDARY: { count: 2, inScope: 2, debt: 0, actionable: 2 },
        LEGACY_IMPORT: { count: 4, inScope: 3, debt: 3, actionable: 1 },
      },
    });
  });

  it('reports entries that match nothing as stale: wrong rule, wrong file, a rule the plan does not run', () => {
    const { violations, stale } = debtView(`
  - { rule: LEGACY_IMPORT, file: drivers/bridges.ts, reason: "the file has no legacy import" }
  - { rule: LAYER_BOUNDARY, file: "adapters/**", reason: "no such folder" }
  - { rule: ORM_RUNTIME, file: drivers/execution.ts, reason: "ORM_RUNTIME is not enabled" }
  - { rule: LAYER_BOUNDARY, file: drivers/execution.ts, reason: "in use" }`);
    expect(violations.filter((v) => v[3] !== null)).toEqual([['LAYER_BOUNDARY', 'app/integrations/drivers/execution.ts', 1, 'in use']]);
    expect(stale).toEqual([
      { rule: 'LEGACY_IMPORT', file: 'app/integrations/drivers/bridges.ts', reason: 'the file has no legacy import', line: 13 },
      { rule: 'LAYER_BOUNDARY', file: 'app/integrations/adapters/**', reason: 'no such folder', line: 14 },
      { rule: 'ORM_RUNTIME', file: 'app/integrations/drivers/execution.ts', reason: 'ORM_RUNTIME is not enabled', line: 15 },
    ]);
  });
});
