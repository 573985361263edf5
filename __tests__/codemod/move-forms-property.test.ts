import * as path from 'node:path';
import fc from 'fast-check';
import { stageMoveSteps } from '../../src/operations/move';
import type { MoveStep, Plan } from '../../src/plan/types';
import { dirOf, isWithin, joinRel, relativeSpecifier, type RelPath } from '../../src/workspace/paths';
import { Workspace } from '../../src/workspace/workspace';
import { writeTree } from '../helpers/tree';
import { typeErrors } from '../operations/fixture-trees';

// Generated trees of TypeScript and checked JavaScript files naming each other in every reference
// form, relative or through a `paths` alias; file and folder moves. Two oracles, neither of them
// remediate's lexer: TypeScript's diagnostics before (none) equal its diagnostics after, and the tree
// after is exactly the generator's rendering of the same references between the files' new paths
// (which also holds the forms TypeScript does not check: jest.mock, require.resolve, a template require).
const DIRS = ['src', 'src/a', 'src/a/b', 'src/c', 'lib'];
const DESTS = [...DIRS, 'src/n', 'lib/m'];
const TS_FORMS = ['import', 'export', 'dynamic', 'require', 'augmentation', 'reference', 'type-argument', 'mock', 'resolve', 'template'] as const;
const JS_FORMS = ['import', 'dynamic', 'require', 'jsdoc', 'mock', 'resolve'] as const;
type Form = (typeof TS_FORMS)[number] | (typeof JS_FORMS)[number];
const TSCONFIG = JSON.stringify({
  compilerOptions: { strict: true, allowJs: true, checkJs: true, noEmit: true, module: 'commonjs', moduleResolution: 'node10', target: 'es2020', types: [], baseUrl: '.', paths: { '@/*': ['*'] } },
  include: ['**/*'],
});
const GLOBALS = [
  'declare const jest: { mock(path: string): void; requireActual<T = unknown>(path: string): T };',
  'declare const require: { (path: string): unknown; resolve(path: string): string };',
  '',
].join('\n');

interface Ref {
  target: number;
  alias: boolean;
  form: number;
}

const treeArb = fc
  .uniqueArray(fc.tuple(fc.constantFrom(...DIRS), fc.constantFrom('x', 'y', 'w'), fc.boolean()), { minLength: 2, maxLength: 6, selector: ([d, n]) => `${d}/${n}` })
  .chain((files) =>
    fc.record({
      files: fc.constant(files.map(([d, n, js]) => `${d}/${n}.${js ? 'js' : 'ts'}`)),
      refs: fc.array(fc.array(fc.record({ target: fc.nat(files.length - 1), alias: fc.boolean(), form: fc.nat(9) }), { maxLength: 5 }), { minLength: files.length, maxLength: files.length }),
    }),
  );
const movesArb = fc.array(fc.record({ folder: fc.boolean(), source: fc.nat(20), dest: fc.constantFrom(...DESTS), rename: fc.option(fc.constantFrom('one', 'two'), { nil: undefined }) }), {
  minLength: 1,
  maxLength: 3,
});

/** One file's text: its references (triple-slash ones first, as TypeScript requires), then its exports. */
function renderFile(files: RelPath[], file: RelPath, refs: Ref[]): string {
  const isJs = file.endsWith('.js');
  const head: string[] = [];
  const body: string[] = [];
  refs.forEach((r, j) => {
    const target = files[r.target];
    if (target === file) return;
    const forms: readonly Form[] = isJs ? JS_FORMS : TS_FORMS;
    let form = forms[r.form % forms.length];
    if (form === 'augmentation' && target.endsWith('.js')) form = 'import'; // a JSDoc typedef is no interface to merge
    const bare = target.replace(/\.[jt]s$/, '');
    const s = r.alias ? `@/${bare}` : relativeSpecifier(file, bare);
    if (form === 'reference') head.push(`/// <reference path="${relativeSpecifier(file, target)}" />`);
    else body.push(line(form, s, j));
  });
  const exports = isJs ? ['/** @typedef {{ n: number }} T */', 'export const v = 1;'] : ['export interface T {', '  n: number;', '}', 'export const v = 1;'];
  return [...head, ...body, ...exports, ''].join('\n');
}

function line(form: Form, s: string, j: number): string {
  switch (form) {
    case 'import': return `import { v as i${j} } from '${s}';`;
    case 'export': return `export { v as e${j} } from "${s}";`;
    case 'dynamic': return `export const d${j} = import('${s}');`;
    case 'require': return `export const r${j} = require('${s}');`;
    case 'augmentation': return `declare module '${s}' {\n  interface T {\n    a${j}?: number;\n  }\n}`;
    case 'type-argument': return `export const q${j} = jest.requireActual<typeof import('${s}')>('${s}');`;
    case 'mock': return `jest.mock('${s}');`;
    case 'resolve': return `export const p${j} = require.resolve('${s}');`;
    case 'template': return `export const t${j} = require(\`${s}\`);`;
    case 'jsdoc': return `/** @type {import('${s}').T} */\nexport const j${j} = { n: 1 };`;
    default: throw new Error(form);
  }
}

/** Turns move choices into valid steps against the tree as the earlier ones leave it. */
function steps(files: RelPath[], choices: { folder: boolean; source: number; dest: string; rename?: string }[]): { from: RelPath; to: RelPath }[] {
  let tree = [...files];
  const out: { from: RelPath; to: RelPath }[] = [];
  for (const c of choices) {
    const dirs = [...new Set(tree.map(dirOf))].filter((d) => d !== '');
    const from = c.folder ? dirs[c.source % dirs.length] : tree[c.source % tree.length];
    const base = path.posix.basename(from);
    const to = joinRel(c.dest, c.rename ? (c.folder ? `${c.rename}_dir` : `${c.rename}${path.posix.extname(from)}`) : base);
    const taken = tree.some((f) => f === to || isWithin(f, to) || to.startsWith(f + '/') || f.replace(/\.[jt]s$/, '') === to.replace(/\.[jt]s$/, ''));
    if (to === from || taken || (c.folder && isWithin(to, from))) continue;
    out.push({ from, to });
    tree = tree.map((f) => (f === from ? to : isWithin(f, from) ? joinRel(to, f.slice(from.length + 1)) : f));
  }
  return out;
}

describe('move, over generated trees mixing every reference form', () => {
  it("keeps TypeScript's diagnostics (none), and every reference names its target's new path", () => {
    fc.assert(
      fc.property(treeArb, movesArb, ({ files, refs }, choices) => {
        const moves = steps(files, choices);
        const tree: Record<string, string> = { 'tsconfig.json': TSCONFIG, 'globals.d.ts': GLOBALS };
        files.forEach((f, i) => (tree[f] = renderFile(files, f, refs[i])));
        const root = writeTree(tree);
        expect(typeErrors(root)).toEqual([]);
        const ws = Workspace.open(root);
        stageMoveSteps({ ws, plan: {} as Plan }, moves.map((m) => ({ kind: 'move', ...m, loc: { file: '', line: 1, column: 1 } }) as MoveStep));
        const moved = Object.fromEntries(ws.overlay.files().map((f) => [f, ws.overlay.read(f)]));
        const after = writeTree(moved);
        expect(typeErrors(after)).toEqual([]);
        const follow = (p: string) => moves.reduce((q, m) => (q === m.from ? m.to : isWithin(q, m.from) ? joinRel(m.to, q.slice(m.from.length + 1)) : q), p);
        const placed = files.map(follow);
        const expected: Record<string, string> = { 'tsconfig.json': TSCONFIG, 'globals.d.ts': GLOBALS };
        placed.forEach((f, i) => (expected[f] = renderFile(placed, f, refs[i])));
        expect(moved).toEqual(expected);
      }),
      { numRuns: 20 },
    );
  });
});
