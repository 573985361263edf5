import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runPhases } from '../../src/engine/run-phase';
import { loadPlan } from '../../src/plan/load';
import type { Plan } from '../../src/plan/types';
import { computeStatus } from '../../src/status/compute';
import { validate } from '../../src/validate/validate';
import { Workspace } from '../../src/workspace/workspace';
import { pyrightErrors, unimportableModules } from '../helpers/python';

const REPO = path.join(__dirname, '../..');
const PLAN = 'plans/python/integrations-phase-2.5.yaml';
const SCOPE = 'backend/app/houseofcards/customer/integrations';

/** The bundled example and its plan, copied to a temp folder with the same layout. */
function copyExample(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'remediate-pybarrel-example-'));
  fs.cpSync(path.join(REPO, 'examples/hoc-py'), path.join(dir, 'examples/hoc-py'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'plans/python'), { recursive: true });
  fs.copyFileSync(path.join(REPO, PLAN), path.join(dir, PLAN));
  return dir;
}

async function runPhase(plan: Plan, id: string) {
  const phase = plan.phases.filter((p) => p.id === id);
  return runPhases(plan, phase, { allowDirty: true, workspace: await Workspace.load(plan.root, plan) }).runs[0];
}

describe('barrels of examples/hoc-py', () => {
  it('BARREL_STALE names the three __init__.py barrels the plan regenerates', async () => {
    const plan = loadPlan(path.join(REPO, PLAN));
    const found = validate(await Workspace.load(plan.root, plan), plan).violations.filter((v) => v.rule === 'BARREL_STALE');
    expect(found.map((v) => [v.file, v.line, v.message])).toEqual([
      [
        `${SCOPE}/drivers/__init__.py`,
        5,
        'barrel is stale: missing .bridges, .learning_proof, .prevention_contract; names differ for .cost_safety_rails, .cost_snapshots, .dispatcher, .events, .external_response_service, .identity_resolver, .knowledge_plane, .server_registry (regenerate it with the barrel step)',
      ],
      [`${SCOPE}/engines/__init__.py`, 5, 'barrel is stale: names differ for .cus_health_service, .iam_service (regenerate it with the barrel step)'],
      [`${SCOPE}/schemas/__init__.py`, 5, 'barrel is stale: names differ for .connector_config (regenerate it with the barrel step)'],
    ]);
  });

  it('phase-6 after phase-1 regenerates them; the package imports, type-checks, and a second run changes nothing', async () => {
    const dir = copyExample();
    const plan = loadPlan(path.join(dir, PLAN));
    expect((await runPhase(plan, 'phase-1')).status).toBe('applied');
    const run = await runPhase(plan, 'phase-6');
    expect(run.status).toBe('applied');
    expect(run.steps.map((s) => s.description)).toEqual(['barrel drivers/__init__.py (layers L6)', 'barrel engines/__init__.py', 'barrel schemas/__init__.py']);
    expect(run.gate.fixed.filter((v) => v.rule === 'BARREL_STALE')).toHaveLength(3);
    const read = (p: string) => fs.readFileSync(path.join(plan.root, SCOPE, p), 'utf8');
    expect(read('schemas/__init__.py')).toBe(
      '# Layer: L5 — Domain Schemas\n# AUDIENCE: CUSTOMER\n# Role: Public surface of the integrations schemas\n\nfrom .connector_config import ConnectorConfig, ConnectorKind\n\n__all__ = [\n    "ConnectorConfig",\n    "ConnectorKind",\n]\n',
    );
    expect(read('engines/__init__.py')).toBe(
      [
        '# Layer: L5 — Domain Engines',
        '# AUDIENCE: CUSTOMER',
        '# Role: Public surface of the integrations engines',
        '',
        'from .cus_health_service import (',
        '    ConnectorCallStats,',
        '    ConnectorHealth,',
        '    CustomerHealthService,',
        '    evaluate_connector_health,',
        ')',
        'from .iam_service import IamService, IntegrationScope',
        '',
        '__all__ = [',
        ...['ConnectorCallStats', 'ConnectorHealth', 'CustomerHealthService', 'evaluate_connector_health', 'IamService', 'IntegrationScope'].map((n) => `    "${n}",`),
        ']',
        '',
      ].join('\n'),
    );
    const driverModules = read('drivers/__init__.py').match(/^from \.\w+/gm);
    expect(driverModules).toEqual(
      ['bridges', 'connector_registry', 'cost_bridges', 'cost_safety_rails', 'cost_snapshots', 'dispatcher', 'events', 'execution', 'external_response_service', 'identity_resolver', 'knowledge_plane', 'learning_proof', 'prevention_contract', 'server_registry'].map((m) => `from .${m}`),
    );
    expect(unimportableModules(plan.root, ['backend', 'backend/vendor'])).toEqual([]);
    expect(pyrightErrors(plan.root)).toEqual([]);
    expect((await runPhase(plan, 'phase-6')).status).toBe('unchanged');
    const status = computeStatus(plan, await Workspace.load(plan.root, plan)).phases.find((p) => p.phase.id === 'phase-6')!;
    expect(status.steps.map((s) => [s.summary.change, s.status, s.detail])).toEqual([
      ['regenerate __init__.py, L6 only', 'DONE', 'drivers/__init__.py matches what would be generated'],
      ['regenerate __init__.py', 'DONE', 'engines/__init__.py matches what would be generated'],
      ['regenerate __init__.py', 'DONE', 'schemas/__init__.py matches what would be generated'],
    ]);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
