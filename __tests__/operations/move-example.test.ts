import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runPhases } from '../../src/engine/run-phase';
import { loadPlan } from '../../src/plan/load';
import { readTree } from '../helpers/tree';
import { typeErrors } from './fixture-trees';

const REPO = path.join(__dirname, '../..');

describe('the bundled example, phase by phase', () => {
  it('type-checks after every phase, each phase applied, and a second pass changes nothing', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'remediate-example-'));
    fs.cpSync(path.join(REPO, 'examples'), path.join(root, 'examples'), { recursive: true });
    fs.cpSync(path.join(REPO, 'plans'), path.join(root, 'plans'), { recursive: true });
    const plan = loadPlan(path.join(root, 'plans/integrations-phase-2.5.yaml'));
    const project = path.join(root, 'examples/hoc');
    for (const phase of plan.phases) {
      const [run] = runPhases(plan, [phase], { allowDirty: true }).runs;
      expect([phase.id, run.status]).toEqual([phase.id, phase.id === 'phase-7' ? 'unchanged' : 'applied']);
      expect([phase.id, typeErrors(project)]).toEqual([phase.id, []]);
    }
    const after = readTree(project);
    expect(runPhases(plan, plan.phases, { allowDirty: true }).runs.map((r) => r.status)).toEqual(plan.phases.map(() => 'unchanged'));
    expect(readTree(project)).toEqual(after);
  });
});
