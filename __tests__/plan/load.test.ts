import * as fs from 'node:fs';
import * as path from 'node:path';
import { PlanError } from '../../src/errors';
import { parsePlan } from '../../src/plan/load';
import { selectPhase } from '../../src/plan/select-phase';
import { writeTree } from '../helpers/tree';

const root = writeTree({ 'code/src/a.ts': 'export {};\n', 'code/src/drivers/x.ts': 'export {};\n' });
const planFile = path.join(root, 'plan.yaml');

const GOOD = `version: 1
name: demo
root: code
scope: src
layers:
  L5: { title: Engines, paths: ["**/engines/**"] }
  L6: { title: Drivers, paths: ["**/drivers/**"] }
rules:
  LAYER_BOUNDARY: { L6: { deny: [L5] } }
debt:
  - { rule: LAYER_BOUNDARY, file: "drivers/*.ts", reason: known }
phases:
  - id: phase-1
    title: Headers
    steps:
      - header: drivers/x.ts
        set: { Layer: "L6 — Drivers" }
  - id: phase-2
    title: Moves
    steps:
      - move: drivers/x.ts
        to: //lib/x.ts
`;

/** The issues a plan text produces, as `line:column message`. */
function problems(text: string): string[] {
  try {
    parsePlan(planFile, text, 'plan.yaml');
  } catch (err) {
    if (err instanceof PlanError) return err.issues.map((i) => `${i.line}:${i.column} ${i.message}`);
    throw err;
  }
  return [];
}

describe('parsePlan', () => {
  it('loads a valid plan, resolving step paths against scope and // against root', () => {
    const plan = parsePlan(planFile, GOOD);
    expect(plan.root).toBe(path.join(root, 'code'));
    expect(plan.phases[0].steps[0]).toMatchObject({ kind: 'header', file: 'src/drivers/x.ts', set: { Layer: 'L6 — Drivers' } });
    expect(plan.phases[1].steps[0]).toMatchObject({ kind: 'move', from: 'src/drivers/x.ts', to: 'lib/x.ts' });
    expect(plan.debt[0]).toMatchObject({ file: 'src/drivers/*.ts', loc: { line: 11 } });
  });

  it('selects phases by id, roman numeral and number', () => {
    const plan = parsePlan(planFile, GOOD);
    expect(['phase-2', 'II', '2', 'i'].map((s) => selectPhase(plan, s).id)).toEqual(['phase-2', 'phase-2', 'phase-2', 'phase-1']);
    expect(() => selectPhase(plan, 'phase-9')).toThrow('unknown phase "phase-9" in demo: the plan\'s phases are phase-1, phase-2');
  });

  const bad: [string, string, string[]][] = [
    ['a misspelt key', GOOD.replace('scope:', 'scoep:'), ['4:1 unknown key "scoep" (did you mean "scope"?)']],
    ['a wrong type', GOOD.replace('version: 1', 'version: "1"'), ['1:10 version must be one of 1']],
    ['an unknown step kind', GOOD.replace('- move:', '- mvoe:'), ['21:9 unknown step kind: expected one of header, move, split, rewrite-imports, barrel, verify (did you mean "move"?)']],
    ['an unknown key in a step', GOOD.replace('        set:', '        sett:'), ['17:9 unknown key "sett" in phases[0].steps[0] (did you mean "set"?)']],
    ['an unknown layer', GOOD.replace('deny: [L5]', 'deny: [L7]'), ['9:34 unknown layer "L7": the plan\'s layers are L5, L6 (did you mean "L5"?)']],
    ['a duplicate phase id', GOOD.replace('id: phase-2', 'id: phase-1'), ['18:9 duplicate phase id "phase-1" (first used by phases[0])']],
    ['a path that leaves root', GOOD.replace('to: //lib/x.ts', 'to: ../../x.ts'), [`22:13 path "../../x.ts" leaves root (${path.join(root, 'code')})`]],
    ['an absolute path', GOOD.replace('header: drivers/x.ts', 'header: /etc/passwd'), ['16:17 absolute path refused: "/etc/passwd" (paths are relative to scope, or written //x for root)']],
    ['a YAML syntax error', GOOD.replace('title: Headers', 'title: [Headers'), ['15:5 YAML: Flow sequence in block collection must be sufficiently indented and end with a ]']],
    ['a missing key', GOOD.replace('name: demo\n', ''), ['1:1 name must be a string (it is missing)']],
    ['an unknown rule in debt', GOOD.replace('rule: LAYER_BOUNDARY', 'rule: LAYER_BOUNDRY'), ['11:13 unknown rule "LAYER_BOUNDRY" (did you mean "LAYER_BOUNDARY"?)']],
    ['a missing root folder', GOOD.replace('root: code', 'root: nowhere'), [`3:7 root folder not found: ${path.join(root, 'nowhere')}`]],
  ];
  it.each(bad)('refuses %s with its line and column', (_name, text, expected) => {
    expect(problems(text)).toEqual(expected);
  });

  it('names the file in every message', () => {
    expect(() => parsePlan(planFile, GOOD.replace('scope:', 'scoep:'), 'plans/p.yaml')).toThrow(/^plans\/p\.yaml:4:1: unknown key "scoep"/);
  });
});

describe('schema/plan.schema.json', () => {
  it('is the schema the loader enforces (regenerate with `remediate plan schema > schema/plan.schema.json`)', () => {
    const { planJsonSchema } = require('../../src/plan/schema');
    const onDisk = JSON.parse(fs.readFileSync(path.join(__dirname, '../../schema/plan.schema.json'), 'utf8'));
    expect(onDisk).toEqual(planJsonSchema());
  });
});
