import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';

const REPO = path.join(__dirname, '../..');
const SCOPE = 'examples/hoc-py/backend/app/houseofcards/customer/integrations';

type Step = Record<string, unknown>;
interface PlanDoc {
  rules: Record<string, unknown>;
  python?: { roots: string[] };
  debt: { rule: string; file: string }[];
  frozen: { files: string[] }[];
  phases: { id: string; title: string; steps: Step[] }[];
}

const load = (file: string) => parse(fs.readFileSync(path.join(REPO, 'plans', file), 'utf8')) as PlanDoc;
const tsPlan = load('integrations-phase-2.5.yaml');
const pyPlan = load('python/integrations-phase-2.5.yaml');

/** `drivers/index.ts` → `drivers/__init__.py`, `.ts` → `.py`; other values unchanged. */
function toPython(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  return value.replace(/(^|\/)index\.ts$/, '$1__init__.py').replace(/\.ts$/, '.py');
}

/** A step with its path-valued keys mapped to Python, and the keys the two plans word differently left out. */
function comparable(step: Step, mapPaths: boolean): Step {
  const out: Step = {};
  for (const [key, value] of Object.entries(step)) {
    if (['extract', 'rewrite-imports', 'deferred', 'with-dependencies'].includes(key)) continue;
    out[key] = mapPaths ? toPython(value) : value;
  }
  return out;
}

describe('plans/python/integrations-phase-2.5.yaml', () => {
  it('has the phases and steps of the TypeScript plan, with .py paths', () => {
    expect(pyPlan.phases.map((p) => [p.id, p.title])).toEqual(tsPlan.phases.map((p) => [p.id, p.title]));
    pyPlan.phases.forEach((phase, i) => {
      expect(phase.steps.map((s) => comparable(s, false))).toEqual(tsPlan.phases[i].steps.map((s) => comparable(s, true)));
    });
  });

  it('words the splits, legacy rewrites and rules the Python way', () => {
    const splits = pyPlan.phases[2].steps.filter((s) => 'split' in s).map((s) => [s.split, s.extract, s['with-dependencies']]);
    expect(splits).toEqual([
      ['drivers/bridges.py', ['PolicyActivationAudit'], undefined],
      ['drivers/bridges.py', { kinds: ['function'], uses: ['sqlalchemy'] }, true],
      ['drivers/cost_snapshots.py', { kinds: ['dataclass', 'enum', 'type-alias'] }, undefined],
    ]);
    expect(pyPlan.phases[3].steps.map((s) => s['rewrite-imports'])).toEqual([
      { from: 'app.integrations.events', to: 'schemas/loop_events' },
      { from: 'app.services.connectors', to: 'TBD' },
      { from: 'app.services.governance.cross_domain', to: 'TBD' },
    ]);
    expect(pyPlan.rules.LEGACY_IMPORT).toEqual({ modules: ['app.services', 'app.integrations'] });
    expect(pyPlan.rules.ORM_RUNTIME).toEqual({ modules: ['sqlalchemy'], layers: ['L5'] });
    expect(pyPlan.rules.BANNED_NAMING).toEqual({ files: ['**/*_service.py'] });
    expect(pyPlan.python).toEqual({ roots: ['backend', 'backend/vendor'] });
  });

  it('documents the TypeScript debt plus the run-time schema imports of the two HYBRID drivers', () => {
    const pairs = (plan: PlanDoc, map: boolean) => plan.debt.map((d) => `${d.rule} ${map ? toPython(d.file) : d.file}`);
    expect(pairs(pyPlan, false)).toEqual([
      ...pairs(tsPlan, true).slice(0, 3),
      'LAYER_BOUNDARY drivers/bridges.py',
      'LAYER_BOUNDARY drivers/cost_snapshots.py',
      ...pairs(tsPlan, true).slice(3),
    ]);
    expect(pyPlan.frozen[0].files).toEqual(tsPlan.frozen[0].files.map(toPython));
  });

  it('names files that exist in examples/hoc-py before the phases run', () => {
    const before = [
      ...pyPlan.phases[0].steps.map((s) => s.header as string),
      ...pyPlan.phases[1].steps.flatMap((s) => ('move' in s ? [s.move as string] : [])),
      ...pyPlan.phases[2].steps.flatMap((s) => ('split' in s ? [s.split as string] : [])),
      ...pyPlan.debt.map((d) => d.file).filter((f) => !f.includes('*') && !/_engine\.py$/.test(f)),
    ];
    expect(before.filter((f) => !fs.existsSync(path.join(REPO, SCOPE, f)))).toEqual([]);
  });
});
