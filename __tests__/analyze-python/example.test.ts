import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { proposalLines } from '../analyze/analyze-helpers';
import { pyrightErrors, unimportableModules } from '../helpers/python';
import { applyDraft, draftPlan } from './helpers-py';

const REPO = path.join(__dirname, '../..');
const SCOPE = 'backend/app/houseofcards/customer/integrations';
const GENERAL = 'backend/app/houseofcards/customer/general';

describe('remediate analyze on the bundled Python example, its phases ignored', () => {
  it("drafts the seed's phases I, II, IV, V and VI in substance; run --all of the draft leaves python3 importing every module, pyright clean and nothing actionable", async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'remediate-analyze-py-example-'));
    fs.cpSync(path.join(REPO, 'examples/hoc-py'), path.join(root, 'examples/hoc-py'), { recursive: true });
    fs.cpSync(path.join(REPO, 'plans/python'), path.join(root, 'plans/python'), { recursive: true });
    const out = path.join(root, 'plans/python/draft.yaml');
    const draft = await draftPlan(path.join(root, 'plans/python/integrations-phase-2.5.yaml'), out);
    const lines = proposalLines(draft, SCOPE);
    const phase = (key: string) => lines.filter((l) => l.replace(/^DROPPED /, '').startsWith(`${key}: `));
    expect([...phase('headers'), ...phase('relocations')]).toEqual([
      'headers: header drivers/__init__.py: Layer: L6 — Drivers',
      'headers: header drivers/cost_bridges.py: Layer: L5 — Domain Engine',
      'headers: header drivers/events.py: Layer: L5 — Domain Schemas',
      'headers: header drivers/learning_proof.py: Layer: L5 — Domain Engine',
      'headers: header drivers/prevention_contract.py: Layer: L5 — Domain Engine',
      'headers: header engines/__init__.py: Layer: L5 — Domain Engine',
      'headers: header schemas/__init__.py: Layer: L5 — Domain Schemas',
      'relocations: move drivers/cost_bridges.py → engines/cost_bridges.py',
      'relocations: move drivers/events.py → schemas/events.py',
      'relocations: move drivers/learning_proof.py → engines/learning_proof.py',
      'relocations: move drivers/prevention_contract.py → engines/prevention_contract.py',
      'relocations: barrel drivers',
    ]);
    // Phase III is proposed as below; until Python split lands the gate drops the splits (and the new
    // files' headers), and phase III keeps only the HYBRID headers. dispatcher.py builds its dataclasses
    // at run time and the plan's debt documents no L6 -> L5 crossing for it: they stay, as in the seed.
    expect(phase('splits').map((l) => l.replace(/^DROPPED /, ''))).toEqual([
      'splits: split drivers/bridges.py [PolicyActivationAudit] → schemas/bridges_schemas.py',
      'splits: header schemas/bridges_schemas.py: Layer: L5 — Domain Schemas, AUDIENCE: CUSTOMER, Role: Data shapes split out of bridges.py',
      'splits: split drivers/bridges.py (kinds: function; uses: sqlalchemy) → drivers/bridges_driver.py with dependencies',
      'splits: header drivers/bridges_driver.py: Layer: L6 — Drivers, AUDIENCE: CUSTOMER, Role: Database functions split out of bridges.py',
      'splits: header drivers/bridges.py: Layer: L5/L6 — HYBRID [HYBRID]',
      'splits: split drivers/cost_snapshots.py (kinds: dataclass, enum, constant, type-alias) → schemas/cost_snapshots_schemas.py',
      'splits: header schemas/cost_snapshots_schemas.py: Layer: L5 — Domain Schemas, AUDIENCE: CUSTOMER, Role: Data shapes split out of cost_snapshots.py',
      'splits: header drivers/cost_snapshots.py: Layer: L5/L6 — HYBRID [HYBRID]',
      'splits: header drivers/dispatcher.py: Layer: L5/L6 — HYBRID [HYBRID]',
      'splits: barrel drivers',
    ]);
    expect(draft.proposals.filter((p) => p.dropped).map((p) => p.dropped)).toEqual([]);
    expect([...phase('legacy-imports'), ...phase('audiences'), ...phase('barrels'), ...phase('verify')]).toEqual([
      'legacy-imports: rewrite-imports app.services.connectors: deferred',
      'legacy-imports: rewrite-imports app.integrations.events → schemas/events',
      'legacy-imports: rewrite-imports app.services.governance.cross_domain: deferred',
      `audiences: move drivers/server_registry.py → ${GENERAL}/mcp/server_registry.py`,
      `audiences: header ${GENERAL}/mcp/server_registry.py: AUDIENCE: CUSTOMER`,
      `audiences: barrel ${GENERAL}/mcp`,
      'audiences: barrel drivers',
      `barrels: barrel ${GENERAL}/mcp`,
      'barrels: barrel drivers',
      'barrels: barrel engines',
      'barrels: barrel schemas',
      'verify: verify: expect {"actionable":0}',
    ]);
    // As the hand-written plan writes them: a dotted module pattern, a scope-relative module path.
    expect(draft.text).toContain('      - rewrite-imports: { from: app.integrations.events, to: schemas/events }\n');
    // record_policy_activation writes the module's _audits table (on its _metadata): both go along, as in the seed.
    expect(draft.proposals.find((p) => p.step.kind === 'split' && p.step.to.endsWith('/bridges_driver.py'))!.step).toEqual({
      kind: 'split',
      file: `${SCOPE}/drivers/bridges.py`,
      extract: { kinds: ['function'], uses: ['sqlalchemy'] },
      to: `${SCOPE}/drivers/bridges_driver.py`,
      withDependencies: true,
    });
    // The hand-written plan names the moved cost bridge engines/cost_bridges_engine.py; the draft keeps its name.
    expect(draft.debt.map((d) => `${d.rule} ${d.file}`)).toEqual([`LEGACY_IMPORT ${SCOPE}/engines/cost_bridges.py`]);
    expect([draft.actionableBefore, draft.actionableAfter]).toEqual([16, 0]);

    const applied = await applyDraft(out);
    expect(applied).toEqual({ statuses: ['applied', 'applied', 'applied', 'applied', 'applied', 'applied', 'unchanged'], actionable: [] });
    const project = path.join(root, 'examples/hoc-py');
    expect(unimportableModules(project, ['backend', 'backend/vendor'])).toEqual([]);
    expect(pyrightErrors(project)).toEqual([]);
    // The legacy import now names the moved module, written relatively as the module's other imports are.
    expect(fs.readFileSync(path.join(project, SCOPE, 'engines/cost_bridges.py'), 'utf8')).toContain(`\nfrom ..schemas.events import LoopEvent\n`);
  }, 180_000);
});
