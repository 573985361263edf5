import { planText, validateTree } from '../helpers/rule-cases';

const files = {
  'app/integrations/x_service.ts': '',
  'app/integrations/drivers/y_service.ts': '',
  'app/integrations-old/z_service.ts': '',
  'app/general/w_service.ts': '',
  'lib/v_service.ts': '',
};
const rules = 'rules:\n  BANNED_NAMING: { files: ["//**/*_service.ts"] }';

describe('scope and --path', () => {
  it("counts violations under the plan's scope as in scope, and only those as actionable", () => {
    const { result } = validateTree(files, planText(`scope: app/integrations\n${rules}`));
    expect(result.path).toBe('app/integrations');
    expect(result.violations.map((v) => [v.file, v.inScope])).toEqual([
      ['app/general/w_service.ts', false],
      ['app/integrations-old/z_service.ts', false],
      ['app/integrations/drivers/y_service.ts', true],
      ['app/integrations/x_service.ts', true],
      ['lib/v_service.ts', false],
    ]);
    expect(result.summary).toEqual({ total: 5, inScope: 2, actionable: 2, debt: 0, byRule: { BANNED_NAMING: { count: 5, inScope: 2, debt: 0, actionable: 2 } } });
  });

  it('lets --path replace the scope', () => {
    const { result } = validateTree(files, planText(`scope: app/integrations\n${rules}`), { path: 'app' });
    expect(result.path).toBe('app');
    expect(result.summary).toMatchObject({ total: 5, inScope: 4, actionable: 4 });
  });

  it('counts everything as in scope when the plan has no scope and no --path is given', () => {
    const { result } = validateTree(files, planText(rules));
    expect(result.path).toBe('');
    expect(result.summary).toMatchObject({ total: 5, inScope: 5, actionable: 5 });
  });
});
