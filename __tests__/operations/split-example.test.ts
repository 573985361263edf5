import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runPhases } from '../../src/engine/run-phase';
import { loadPlan } from '../../src/plan/load';
import { typeErrors } from './fixture-trees';

const REPO = path.join(__dirname, '../..');
const D = 'backend/app/houseofcards/customer/integrations';

/** The import lines of a file (its header and code left out). */
function importLines(file: string): string[] {
  return fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.startsWith('import '));
}

describe('the bundled example, seed Phase III', () => {
  it('splits bridges.ts and cost_snapshots.ts through the split step, type-checks, and runs again as a no-op', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'remediate-split-example-'));
    fs.cpSync(path.join(REPO, 'examples'), path.join(root, 'examples'), { recursive: true });
    fs.cpSync(path.join(REPO, 'plans'), path.join(root, 'plans'), { recursive: true });
    const plan = loadPlan(path.join(root, 'plans/integrations-phase-2.5.yaml'));
    const phases = plan.phases.filter((p) => ['phase-1', 'phase-2', 'phase-3'].includes(p.id));
    const { runs } = runPhases(plan, phases, { allowDirty: true });
    // importers: the drivers barrel phase 2 regenerated, prevention_consequences, cost_bridges_engine, cost_facade
    expect(runs.map((r) => r.status)).toEqual(['applied', 'applied', 'applied']);
    expect(runs[2].steps.filter((s) => s.kind === 'split').map((s) => s.summary)).toEqual([
      `${D}/drivers/bridges.ts: moved PolicyActivationAudit to ${D}/schemas/audit_schemas.ts; 2 importers updated`,
      `${D}/drivers/bridges.ts: moved recordPolicyActivation to ${D}/drivers/bridges_driver.ts; 2 importers updated`,
      `${D}/drivers/cost_snapshots.ts: moved SnapshotGranularity, SnapshotStatus, AnomalySeverity, AggregateDimension, CostRecord, ` +
        `SnapshotAggregate, CostSnapshot, SnapshotBaseline, AnomalyEvaluation to ${D}/schemas/cost_snapshot_schemas.ts; 3 importers updated`,
    ]);
    const code = path.join(root, 'examples/hoc', D);
    expect(importLines(path.join(code, 'schemas/audit_schemas.ts'))).toEqual(["import type { LoopStage } from './loop_events';"]);
    expect(importLines(path.join(code, 'drivers/bridges_driver.ts'))).toEqual([
      "import { QueryFailedError } from 'typeorm';",
      "import type { DataSource } from 'typeorm';",
      "import type { PolicyActivationAudit } from '../schemas/audit_schemas';",
    ]);
    expect(importLines(path.join(code, 'drivers/bridges.ts'))).toEqual([
      "import { DataSource, MoreThanOrEqual } from 'typeorm';",
      "import type { LoopEvent, LoopEventType, LoopStage } from '../schemas/loop_events';",
      "import type { PolicyActivationAudit } from '../schemas/audit_schemas';",
      "import { recordPolicyActivation } from './bridges_driver';",
    ]);
    expect(typeErrors(path.join(root, 'examples/hoc'))).toEqual([]);
    expect(runPhases(plan, phases.slice(2), { allowDirty: true }).runs[0].status).toBe('unchanged');
  });
});
