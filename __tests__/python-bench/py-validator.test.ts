import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { generatePyTree } from '../../bench/python/generate';

const VALIDATOR = path.join(__dirname, '..', '..', 'bench', 'peers', 'py_validator.py');

interface Reported { rule: string; file: string; line: number; debt: boolean }

function validate(plan: string): { violations: Reported[]; summary: { total: number; actionable: number; debt: number } } {
  const run = spawnSync('python3', [VALIDATOR, plan], { encoding: 'utf8' });
  if (run.status !== 0 && run.status !== 1) throw new Error(run.stderr);
  return JSON.parse(run.stdout);
}

const PLAN = `version: 1
name: fixture
root: .
python: { roots: [src, vendor] }
layers:
  L4: { title: Runtime, paths: ["src/app/*/runtime/**"] }
  L5: { title: Engine, paths: ["src/app/**/engines/**"] }
  L6: { title: Drivers, paths: ["src/app/**/drivers/**"] }
audiences:
  A: src/app/a
  B: src/app/b
rules:
  BANNED_NAMING: { files: ["**/*_service.py"] }
  LEGACY_IMPORT: { modules: ["app.legacy", "app.*.old"] }
  ORM_RUNTIME: { modules: [orm], layers: [L5] }
  LAYER_BOUNDARY: { L6: { deny: [L5] }, L5: { deny: [L4], allow-type-only: true } }
  HEADER_LAYER: {}
  AUDIENCE_BOUNDARY: {}
  UNRESOLVED_IMPORT: {}
debt:
  - { rule: ORM_RUNTIME, file: "src/app/a/drivers/hybrid.py", reason: HYBRID pending }
`;

const FILES: Record<string, string> = {
  'vendor/orm/__init__.py': 'X = 1\n',
  'src/app/__init__.py': '',
  'src/app/legacy/__init__.py': '',
  'src/app/legacy/helpers.py': 'def send() -> None: ...\n',
  'src/app/legacy/mail.py': 'from app.legacy import helpers\nfrom .helpers import send\n',
  'src/app/a/__init__.py': '',
  'src/app/a/runtime/clock.py': 'def tick() -> None: ...\n',
  'src/app/a/engines/__init__.py': '',
  'src/app/a/engines/calc.py': [
    '# Layer: L6 — Drivers',
    'from typing import TYPE_CHECKING',
    'import orm',
    'from ..runtime import clock',
    'from app.legacy.mail import send',
    'if TYPE_CHECKING:',
    '    from orm import X',
    '    from app.a.runtime.clock import tick',
    'from . import anything',
    'from .gone import Y',
    'def f():',
    '    import app.b.old.thing',
    'from .... import too_far',
  ].join('\n') + '\n',
  'src/app/a/drivers/hybrid.py': '# Layer: L5/L6 — HYBRID\n# AUDIENCE: B\nimport orm\nfrom app.a.engines import calc\n',
  'src/app/a/drivers/two.py': '# Layer: L5/L6 — Drivers\nimport orm\n',
  'src/app/a/drivers/pay_service.py': '"""Pays."""\n',
  'src/app/b/__init__.py': '',
  'src/app/b/old/__init__.py': '',
  'src/app/b/old/thing.py': 'import json\n',
  'src/app/b/user.py': 'import app.nothere\nimport json, yaml_missing_but_not_ours\n',
  'src/app/b/doc.py': '"""Documented.\n\nLayer: L9 — Unknown\n"""\nimport orm\n',
};

describe('py_validator', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'py-validator-'));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('checks every rule with remediate semantics on a hand-written tree', () => {
    const dir = path.join(tmp, 'fixture');
    for (const [rel, text] of Object.entries(FILES)) {
      fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      fs.writeFileSync(path.join(dir, rel), text);
    }
    fs.writeFileSync(path.join(dir, 'plan.yaml'), PLAN);
    const out = validate(path.join(dir, 'plan.yaml'));
    expect(out.violations.map((v) => `${v.rule} ${v.file}:${v.line}${v.debt ? ' debt' : ''}`)).toEqual([
      'BANNED_NAMING src/app/a/drivers/pay_service.py:1',
      'HEADER_LAYER src/app/a/drivers/two.py:1',
      // Several declared layers put the file under ORM_RUNTIME for L5, HYBRID or not (orm-runtime.ts checkedLayer).
      'ORM_RUNTIME src/app/a/drivers/two.py:2',
      'HEADER_LAYER src/app/a/engines/calc.py:1',
      'ORM_RUNTIME src/app/a/engines/calc.py:3',
      'LAYER_BOUNDARY src/app/a/engines/calc.py:4',
      'LEGACY_IMPORT src/app/a/engines/calc.py:5',
      'UNRESOLVED_IMPORT src/app/a/engines/calc.py:10',
      'AUDIENCE_BOUNDARY src/app/a/engines/calc.py:12',
      'LEGACY_IMPORT src/app/a/engines/calc.py:12',
      'UNRESOLVED_IMPORT src/app/a/engines/calc.py:13',
      'AUDIENCE_BOUNDARY src/app/a/drivers/hybrid.py:2',
      'ORM_RUNTIME src/app/a/drivers/hybrid.py:3 debt',
      'LAYER_BOUNDARY src/app/a/drivers/hybrid.py:4',
      'HEADER_LAYER src/app/b/doc.py:3',
      'UNRESOLVED_IMPORT src/app/b/user.py:1',
    ].sort(byFileLineRule));
    expect(out.summary).toEqual({ total: 16, actionable: 15, debt: 1, byRule: expect.any(Object) });
  });

  it('reports exactly the violations the generator planted, by (rule, file, line)', () => {
    const dir = path.join(tmp, 'corpus');
    const tree = generatePyTree({ files: 420, seed: 5, dir });
    const reported = validate(path.join(dir, 'remediate.yaml')).violations.map((v) => `${v.rule} ${v.file}:${v.line}`).sort();
    expect(reported).toEqual(tree.planted.map((p) => `${p.rule} ${p.file}:${p.line}`).sort());
  });

  it('matches dotted module patterns: the module and below, `*` one segment, `**` any number', () => {
    const cases: Array<[string, string]> = [['app.services', 'app.services'], ['app.services', 'app.services.x.y'], ['app.services', 'app.servicesx'],
      ['app.*.old', 'app.b.old.t'], ['app.*.old', 'app.b.c.old'], ['app.**.old', 'app.old'], ['app.**.old', 'app.a.b.old.x'], ['sqlalchemy', 'sqlalchemy_utils']];
    const script = `import sys, json\nsys.path.insert(0, ${JSON.stringify(path.dirname(VALIDATOR))})\nfrom py_validator import ModulePattern\n`
      + `print(json.dumps([ModulePattern(p).matches(m, None) for p, m in json.loads(sys.argv[1])]))`;
    const out = execFileSync('python3', ['-c', script, JSON.stringify(cases)], { encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual([true, true, false, true, false, true, true, false]);
  });

  it('takes the plan as JSON when asked', () => {
    const dir = path.join(tmp, 'fixture');
    const json = execFileSync('python3', ['-c', 'import json,sys,yaml; print(json.dumps(yaml.safe_load(open(sys.argv[1]))))', path.join(dir, 'plan.yaml')], { encoding: 'utf8' });
    fs.writeFileSync(path.join(dir, 'plan.json'), json);
    const run = spawnSync('python3', [VALIDATOR, '--plan-json', path.join(dir, 'plan.json')], { encoding: 'utf8' });
    expect(JSON.parse(run.stdout).summary.total).toBe(16);
  });
});

/** The validator's order: file, then line, then rule. */
function byFileLineRule(a: string, b: string): number {
  const parse = (s: string) => {
    const [rule, at] = s.split(' ');
    const [file, line] = at.split(':');
    return [file, Number(line), rule] as const;
  };
  const [fa, la, ra] = parse(a);
  const [fb, lb, rb] = parse(b);
  return fa < fb ? -1 : fa > fb ? 1 : la !== lb ? la - lb : ra < rb ? -1 : ra > rb ? 1 : 0;
}
