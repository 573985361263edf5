import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse, stringify } from 'yaml';
import { runCli } from '../helpers/cli';
import { pyrightErrors, unimportableModules } from '../helpers/python';
import { readTree } from '../helpers/tree';

const REPO = path.join(__dirname, '../..');
const ROOTS = ['backend', 'backend/vendor'];
const SCOPE = 'examples/hoc-py/backend/app/houseofcards/customer/integrations';

interface PlanDoc {
  rules: Record<string, unknown>;
  debt: { rule: string }[];
  checklist: unknown[];
  phases: { id: string; steps: Record<string, unknown>[] }[];
}

/**
 * A copy of examples/hoc-py with plans/python/integrations-phase-2.5.yaml beside it. The barrel steps
 * are left out, with the rules only they satisfy (the drivers barrel's re-exports of moved modules are
 * LAYER_BOUNDARY violations until it is regenerated): the barrel step does not write `__init__.py` yet.
 */
function project(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'remediate-hoc-py-'));
  fs.cpSync(path.join(REPO, 'examples/hoc-py'), path.join(dir, 'examples/hoc-py'), { recursive: true });
  const plan = parse(fs.readFileSync(path.join(REPO, 'plans/python/integrations-phase-2.5.yaml'), 'utf8')) as PlanDoc;
  for (const phase of plan.phases) phase.steps = phase.steps.filter((s) => !('barrel' in s));
  delete plan.rules.LAYER_BOUNDARY;
  delete plan.rules.BARREL_STALE;
  plan.debt = plan.debt.filter((d) => d.rule !== 'LAYER_BOUNDARY');
  plan.checklist = [];
  fs.mkdirSync(path.join(dir, 'plans/python'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'plans/python/integrations-phase-2.5.yaml'), stringify(plan));
  return dir;
}

const run = (phase: string, dir: string) => runCli(['run', phase, '--plan', 'plans/python/integrations-phase-2.5.yaml', '--allow-dirty'], dir);

describe('plans/python/integrations-phase-2.5.yaml on examples/hoc-py: phases 2, 4 and 5', () => {
  let dir: string;
  let outputs: Record<string, string>;
  beforeAll(async () => {
    dir = project();
    outputs = {};
    for (const phase of ['phase-1', 'phase-2', 'phase-4', 'phase-5']) {
      const r = await run(phase, dir);
      outputs[phase] = `exit ${r.code}\n${r.stdout}${r.stderr}`;
    }
  }, 120_000);

  it('applies each phase', () => {
    expect(outputs['phase-2']).toMatch(/^exit 0\n.*phase-2 File Relocations — applied, 10 files written/);
    expect(outputs['phase-4']).toMatch(/^exit 0\n.*phase-4 Legacy Import Updates — applied, 1 files written/);
    expect(outputs['phase-5']).toMatch(/^exit 0\n.*phase-5 Audience Corrections — applied, 3 files written/);
  });

  it('repoints every importer, in its own style', () => {
    const tree = readTree(path.join(dir, SCOPE));
    expect(Object.keys(tree).filter((f) => /^(drivers|engines|schemas)\/[^/]+\.py$/.test(f)).sort()).toEqual([
      'drivers/__init__.py', 'drivers/bridges.py', 'drivers/connector_registry.py', 'drivers/cost_safety_rails.py', 'drivers/cost_snapshots.py',
      'drivers/dispatcher.py', 'drivers/execution.py', 'drivers/external_response_service.py', 'drivers/identity_resolver.py', 'drivers/knowledge_plane.py',
      'engines/__init__.py', 'engines/cost_bridges_engine.py', 'engines/cus_health_service.py', 'engines/iam_service.py', 'engines/learning_proof_engine.py',
      'engines/prevention_contract.py', 'schemas/__init__.py', 'schemas/connector_config.py', 'schemas/loop_events.py',
    ]);
    const lines = (file: string, re: RegExp) => tree[file].split('\n').filter((l) => re.test(l));
    expect(lines('drivers/__init__.py', /^from \.\./)).toEqual([
      'from ..schemas.loop_events import *',
      'from ..engines.cost_bridges_engine import CostLoopBridge',
      'from ...general.mcp.server_registry import McpServerRegistry',
    ]);
    expect(lines('drivers/dispatcher.py', /loop_events import/)).toEqual(['    from ..schemas.loop_events import LoopEvent, LoopEventType, LoopStage, LoopStatus']);
    expect(lines('engines/cost_bridges_engine.py', /^from \.\./)).toEqual([
      'from ..schemas.loop_events import LoopEvent',
      'from ..drivers.cost_snapshots import AnomalyEvaluation, AnomalySeverity, CostSnapshot',
    ]);
    const general = readTree(path.join(dir, 'examples/hoc-py/backend/app/houseofcards/customer/general'));
    expect(general['mcp/tool_catalog.py']).toContain('\nfrom app.houseofcards.customer.general.mcp.server_registry import McpServer, McpServerRegistry\n');
    expect(general['runtime/execution/loop_runtime.py']).toContain('\nfrom app.houseofcards.customer.integrations.schemas.loop_events import LoopEvent\n');
  });

  it('leaves a tree python3 imports and pyright checks clean', () => {
    const root = path.join(dir, 'examples/hoc-py');
    expect(unimportableModules(root, ROOTS)).toEqual([]);
    expect(pyrightErrors(root)).toEqual([]);
  });

  it('changes nothing when the phases run again', async () => {
    const before = readTree(path.join(dir, 'examples/hoc-py'), { skipJournal: true });
    for (const phase of ['phase-2', 'phase-4', 'phase-5']) expect((await run(phase, dir)).code).toBe(0);
    expect(readTree(path.join(dir, 'examples/hoc-py'), { skipJournal: true })).toEqual(before);
  });
});
