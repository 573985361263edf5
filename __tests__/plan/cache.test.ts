import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PlanError } from '../../src/errors';
import { keptDir } from '../../src/workspace/kept';
import { loadPlan } from '../../src/plan/load';
import * as parse from '../../src/plan/parse';
import { writeTree } from '../helpers/tree';

const PLAN = `version: 1
name: cached
root: code
layers:
  L6: { title: Drivers, paths: ["src/drivers/**"] }
rules:
  LAYER_BOUNDARY: { L6: { deny: [] } }
phases:
  - id: one
    title: A header
    steps:
      - header: src/drivers/x.ts
        set: { Layer: "L6 — Drivers" }
`;

/**
 * Every property with its value, undefined ones spelled out. (Deserialised objects come from Node's
 * realm, not jest's sandbox, so prototype-aware equality would tell them apart for that reason alone.)
 */
function exact(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(exact);
  if (v && typeof v === 'object') return Object.entries(v).map(([k, x]) => [k, exact(x)]);
  return v === undefined ? '<undefined>' : v;
}

describe('plan cache', () => {
  let root: string;
  let planFile: string;
  let parses: jest.SpyInstance;
  let tmpdir: jest.SpyInstance;

  beforeEach(() => {
    // os.tmpdir() is Node's own, outside jest's sandboxed process.env: point it at a fresh folder.
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'remediate-plan-cache-test-'));
    tmpdir = jest.spyOn(require('node:os') as typeof os, 'tmpdir').mockReturnValue(tmp);
    root = writeTree({ 'plan.yaml': PLAN, 'code/src/drivers/x.ts': 'export {};\n' });
    planFile = path.join(root, 'plan.yaml');
    parses = jest.spyOn(parse, 'parsePlan');
  });
  afterEach(() => {
    parses.mockRestore();
    tmpdir.mockRestore();
    delete process.env.REMEDIATE_CACHE;
  });

  const entries = () => (fs.existsSync(keptDir('plan')) ? fs.readdirSync(keptDir('plan')) : []);

  it('parses a plan once, then reads back exactly the same plan (undefined properties included)', () => {
    const first = loadPlan(planFile, 'plan.yaml');
    const second = loadPlan(planFile, 'plan.yaml');
    expect(parses).toHaveBeenCalledTimes(1);
    expect(entries()).toHaveLength(1);
    expect(second).not.toBe(first);
    expect(exact(second)).toEqual(exact(first));
    expect(Object.keys(second.phases[0].steps[0])).toContain('deferred');
  });

  it('parses again when the text, the path or the display name changes', () => {
    loadPlan(planFile, 'plan.yaml');
    fs.writeFileSync(planFile, PLAN.replace('name: cached', 'name: renamed'));
    expect(loadPlan(planFile, 'plan.yaml').name).toBe('renamed');
    loadPlan(planFile, path.join('elsewhere', 'plan.yaml'));
    const copy = path.join(root, 'copy.yaml');
    fs.copyFileSync(planFile, copy);
    expect(loadPlan(copy, 'copy.yaml').file).toBe(copy);
    expect(parses).toHaveBeenCalledTimes(4);
  });

  it('never keeps an invalid plan: each load reports its problems with line and column', () => {
    fs.writeFileSync(planFile, PLAN.replace('deny: []', 'deny: [L9]'));
    for (let i = 0; i < 2; i++) {
      expect(() => loadPlan(planFile, 'plan.yaml')).toThrow(PlanError);
      try {
        loadPlan(planFile, 'plan.yaml');
      } catch (err) {
        expect((err as PlanError).issues.map((x) => `${x.line}:${x.column} ${x.message}`)).toEqual([
          '7:34 unknown layer "L9": the plan\'s layers are L6 (did you mean "L6"?)',
        ]);
      }
    }
    expect(entries()).toEqual([]);
  });

  it('reports a root folder that went away since the plan was cached, as the parser does', () => {
    loadPlan(planFile, 'plan.yaml');
    fs.rmSync(path.join(root, 'code'), { recursive: true });
    expect(() => loadPlan(planFile, 'plan.yaml')).toThrow(`root folder not found: ${path.join(root, 'code')}`);
  });

  it('ignores an unreadable entry and replaces it', () => {
    loadPlan(planFile, 'plan.yaml');
    const [entry] = entries();
    fs.writeFileSync(path.join(keptDir('plan'), entry), 'not a serialized plan');
    expect(loadPlan(planFile, 'plan.yaml').name).toBe('cached');
    expect(loadPlan(planFile, 'plan.yaml').name).toBe('cached');
    expect(parses).toHaveBeenCalledTimes(2);
  });

  it('is not used with REMEDIATE_CACHE=0', () => {
    process.env.REMEDIATE_CACHE = '0';
    loadPlan(planFile, 'plan.yaml');
    loadPlan(planFile, 'plan.yaml');
    expect(parses).toHaveBeenCalledTimes(2);
    expect(entries()).toEqual([]);
  });
});
