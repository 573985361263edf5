import * as path from 'node:path';
import { runPhases } from '../../src/engine/run-phase';
import { StateError } from '../../src/errors';
import { parsePlan } from '../../src/plan/load';
import { readTree, writeTree } from '../helpers/tree';

/** Runs one step on a tree; returns the files it changed (by their text after). */
function runStep(files: Record<string, string>, step: string): Record<string, string> {
  const root = writeTree(files);
  const plan = parsePlan(path.join(root, 'plan.yaml'), `version: 1\nname: t\nroot: .\nlayers: {}\nphases:\n  - id: p\n    title: P\n    steps:\n      - ${step}\n`);
  runPhases(plan, plan.phases, { allowDirty: true });
  const after = readTree(root, { skipJournal: true });
  return Object.fromEntries(Object.entries(after).filter(([f, t]) => files[f] !== t));
}

const JS_CONFIG = JSON.stringify({ compilerOptions: { allowJs: true, checkJs: true, module: 'commonjs', moduleResolution: 'node10' } });

describe('rewrite-imports follows every reference form', () => {
  it('repoints augmentations, triple-slash paths, module APIs, resolve calls and JSDoc types', () => {
    const files = {
      'tsconfig.json': JS_CONFIG,
      'src/old/x.ts': 'export interface T {\n  n: number;\n}\n',
      'src/new/x.ts': 'export interface T {\n  n: number;\n}\n',
      'src/main.ts': [
        '/// <reference path="old/x.ts" />',
        "declare module './old/x' {",
        '  interface T {',
        '    m?: number;',
        '  }',
        '}',
        "jest.mock('./old/x');",
        "export const where = require.resolve('./old/x');",
        '',
      ].join('\n'),
      'src/use.js': "/** @type {import('./old/x').T} */\nexport const t = { n: 1 };\n",
    };
    expect(runStep(files, 'rewrite-imports: { from: src/old/x, to: src/new/x }')).toEqual({
      'src/main.ts': [
        '/// <reference path="new/x.ts" />',
        "declare module './new/x' {",
        '  interface T {',
        '    m?: number;',
        '  }',
        '}',
        "jest.mock('./new/x');",
        "export const where = require.resolve('./new/x');",
        '',
      ].join('\n'),
      'src/use.js': "/** @type {import('./new/x').T} */\nexport const t = { n: 1 };\n",
    });
  });
});

describe('split and the other reference forms', () => {
  const files = {
    'tsconfig.json': JS_CONFIG,
    'src/a.ts': 'export interface Shape {\n  n: number;\n}\n\nexport const helper = 1;\n',
    'src/use.js': "/** @type {import('./a').Shape} */\nexport const s = { n: 1 };\n\n/** @type {import('./a').Other} */\nexport const o = null;\n",
    'src/spec.ts': "jest.mock('./a');\nexport const where = require.resolve('./a');\n",
  };

  it('repoints a JSDoc import() type of a moved name and leaves path-only references (the source stays)', () => {
    expect(runStep(files, 'split: src/a.ts\n        extract: [Shape]\n        to: src/t.ts')).toEqual({
      'src/a.ts': 'export const helper = 1;\n',
      'src/t.ts': 'export interface Shape {\n  n: number;\n}\n',
      'src/use.js': "/** @type {import('./t').Shape} */\nexport const s = { n: 1 };\n\n/** @type {import('./a').Other} */\nexport const o = null;\n",
    });
  });

  it('refuses to split a file a module augmentation names, naming the augmentation', () => {
    const withAugmentation = { ...files, 'src/aug.ts': "import './a';\n\ndeclare module './a' {\n  interface Shape {\n    m?: number;\n  }\n}\n" };
    expect(() => runStep(withAugmentation, 'split: src/a.ts\n        extract: [Shape]\n        to: src/t.ts')).toThrow(StateError);
    expect(() => runStep(withAugmentation, 'split: src/a.ts\n        extract: [Shape]\n        to: src/t.ts')).toThrow(
      /src\/aug.ts:3 loads src\/a.ts with a module augmentation \(declare module\), which cannot follow the moved names/,
    );
  });
});
