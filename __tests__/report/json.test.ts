import { jsonReporter } from '../../src/report/json';
import { sampleInput } from './fixture';

describe('json reporter', () => {
  it("prints the contract's shape: violations with rule, file, line, message, debt; summary; stale debt", () => {
    const doc = JSON.parse(jsonReporter(sampleInput()).output);
    expect(doc.violations[1]).toEqual({
      rule: 'LEGACY_IMPORT',
      file: 'app/integrations/drivers/execution.ts',
      line: 6,
      column: 30,
      message: 'import "app/services/connectors" is in the banned namespace "app/services/**"',
      debt: true,
      debtReason: 'deferred until connectors are migrated',
      inScope: true,
    });
    expect(doc.violations.map((v: { rule: string; debt: boolean; inScope: boolean }) => [v.rule, v.debt, v.inScope])).toEqual([
      ['ORM_RUNTIME', true, true],
      ['LEGACY_IMPORT', true, true],
      ['LAYER_BOUNDARY', false, true],
      ['BANNED_NAMING', false, false],
    ]);
    expect(doc.summary).toEqual({
      total: 4,
      inScope: 3,
      actionable: 1,
      debt: 2,
      byRule: {
        ORM_RUNTIME: { count: 1, inScope: 1, debt: 1, actionable: 0 },
        LEGACY_IMPORT: { count: 1, inScope: 1, debt: 1, actionable: 0 },
        LAYER_BOUNDARY: { count: 1, inScope: 1, debt: 0, actionable: 1 },
        BANNED_NAMING: { count: 1, inScope: 0, debt: 0, actionable: 0 },
      },
    });
    expect(doc.staleDebt).toEqual([{ rule: 'LEGACY_IMPORT', file: 'app/integrations/facades/**', reason: 'out of scope', line: 31 }]);
    expect(Object.keys(doc)).toEqual(['plan', 'path', 'violations', 'summary', 'staleDebt']);
  });
});
