import * as path from 'node:path';
import { runPhase } from '../../src/api';
import { PlanError } from '../../src/errors';
import { parsePlan } from '../../src/plan/load';
import { validate } from '../../src/validate/validate';
import { Workspace } from '../../src/workspace/workspace';
import { planText } from '../helpers/rule-cases';
import { readTree, writeTree } from '../helpers/tree';

const files = {
  'tsconfig.json': JSON.stringify({ include: ['src'] }),
  'src/a.ts': "import { b } from './b';\nexport const a = b;\n",
  'src/b.ts': 'export const b = 1;\n',
  'fixtures/records.js': "import { legacy } from 'legacy/api';\nexport default [legacy];\n",
  'scripts/seed.js': "const api = require('legacy/api');\n",
  'vendor/lib/old.ts': "import { x } from 'legacy/x';\nexport const old = x;\n",
};

const rules = `rules:\n  LEGACY_IMPORT: { modules: ["legacy/**"] }\n`;

function open(body: string) {
  const root = writeTree(files, 'remediate-ignore-');
  const plan = parsePlan(path.join(root, 'plan.yaml'), planText(body), 'plan.yaml');
  return { root, plan, ws: Workspace.open(root, plan) };
}

describe('ignore:', () => {
  it('leaves the paths out of the workspace: never listed, indexed or validated', () => {
    const { plan, ws } = open(`ignore: ["vendor/**", "fixtures"]\n${rules}`);
    expect(plan.ignore).toEqual(['vendor/**', 'fixtures']);
    expect(ws.overlay.files()).toEqual(['scripts/seed.js', 'src/a.ts', 'src/b.ts', 'tsconfig.json']);
    expect(validate(ws, plan).violations.map((v) => [v.file, v.line])).toEqual([['scripts/seed.js', 1]]);
  });

  it('never edits an ignored file: a folder move leaves it where it is', () => {
    const { root, plan } = open(`ignore: ["src/b.ts"]\nphases:\n  - id: p\n    title: P\n    steps:\n      - move: src\n        to: lib\n`);
    expect(runPhase(plan, 'p', { allowDirty: true, now: () => new Date(0) }).status).toBe('applied');
    const tree = readTree(root, { skipJournal: true });
    expect(Object.keys(tree).filter((f) => !f.startsWith('fixtures') && !f.startsWith('scripts') && !f.startsWith('vendor'))).toEqual(['lib/a.ts', 'src/b.ts', 'tsconfig.json']);
    expect(tree['lib/a.ts']).toBe("import { b } from './b';\nexport const a = b;\n");
  });

  it('refuses a step that names an ignored path, with its place in the plan', () => {
    const body = `ignore: ["vendor/**"]\nphases:\n  - id: p\n    title: P\n    steps:\n      - move: src/a.ts\n        to: vendor/lib/a.ts\n`;
    expect(() => open(body)).toThrow(PlanError);
    expect(() => open(body)).toThrow('plan.yaml:10:13: vendor/lib/a.ts is ignored (the plan\'s ignore: leaves it out of the workspace)');
  });
});

describe('sources: tsconfig', () => {
  it("reads as code only the files of some tsconfig's file set", () => {
    const { plan, ws } = open(`sources: tsconfig\n${rules}`);
    expect(ws.index().files()).toEqual(['src/a.ts', 'src/b.ts']);
    expect(ws.overlay.exists('fixtures/records.js')).toBe(true);
    expect(validate(ws, plan).violations).toEqual([]);
  });

  it('reads every file of a language as code by default (sources: all)', () => {
    const { plan, ws } = open(rules);
    expect(ws.index().files()).toEqual(['fixtures/records.js', 'scripts/seed.js', 'src/a.ts', 'src/b.ts', 'vendor/lib/old.ts']);
    expect(validate(ws, plan).violations.map((v) => v.file)).toEqual(['fixtures/records.js', 'scripts/seed.js', 'vendor/lib/old.ts']);
  });
});
