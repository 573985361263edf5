import * as path from 'node:path';
import { loadPlan } from '../../src/plan/load';
import { classifier } from '../../src/validate/classify';
import type { ValidationResult } from '../../src/validate/types';
import { validate } from '../../src/validate/validate';
import { Workspace } from '../../src/workspace/workspace';
import { hits } from '../helpers/rule-cases';

const PLAN = path.join(__dirname, '../../plans/self/remediate-layers.yaml');

describe("remediate's own layering (plans/self/remediate-layers.yaml)", () => {
  const plan = loadPlan(PLAN);
  let ws: Workspace;
  let result: ValidationResult;
  beforeAll(() => {
    ws = Workspace.open(plan.root);
    result = validate(ws, plan);
  });

  it('has no actionable violation, and every debt entry still matches one', () => {
    expect(result.violations.filter((v) => !v.debt).map((v) => `${v.file}:${v.line} ${v.message}`)).toEqual([]);
    expect(result.staleDebt).toEqual([]);
  });

  it('gives every source file of src/ and transforms/ a layer (a new folder must be placed in the plan)', () => {
    const { layerOf } = classifier(plan);
    expect(ws.index().files().filter((f) => /^(src|transforms)\//.test(f) && layerOf(f) === undefined)).toEqual([]);
  });

  it('catches an upward import and a reporter that imports a rule at run time', () => {
    ws.overlay.write('src/workspace/zz-probe.ts', "import { main } from '../cli/main';\n");
    ws.overlay.write('src/report/zz-probe.ts', "import type { Rule } from '../validate/types';\nimport { rules } from '../validate/rules';\n");
    expect(hits(validate(ws, plan)).filter(([, file]) => file.includes('zz-probe'))).toEqual([
      ['LAYER_BOUNDARY', 'src/report/zz-probe.ts', 2],
      ['LAYER_BOUNDARY', 'src/workspace/zz-probe.ts', 1],
    ]);
  });
});
