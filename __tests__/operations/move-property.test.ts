import * as path from 'node:path';
import fc from 'fast-check';
import { stageMoveSteps } from '../../src/operations/move';
import type { MoveStep, Plan } from '../../src/plan/types';
import { dirOf, isWithin, joinRel, relativeSpecifier, type RelPath } from '../../src/workspace/paths';
import { Workspace } from '../../src/workspace/workspace';
import { writeTree } from '../helpers/tree';

// Small trees: files named x/y/w/index in a few folders, importing each other in every style and
// form; moves of files and folders to new or existing folders. File stems and folder names never
// coincide, so no move makes `./x` mean a file where it meant a folder (the shadow fixture covers that).
const DIRS = ['src', 'src/a', 'src/a/b', 'src/c', 'lib', 'lib/d'];
const DESTS = [...DIRS, 'src/n', 'lib/m', 'src/a/n'];
const STYLES = ['relative', 'alias', 'baseUrl'] as const;
const FORMS = ['import', 'export', 'dynamic', 'require'] as const;
const TSCONFIG = JSON.stringify({ compilerOptions: { module: 'commonjs', moduleResolution: 'node10', baseUrl: '.', paths: { '@/*': ['*'] } } });

interface Ref {
  target: number;
  style: (typeof STYLES)[number];
  form: (typeof FORMS)[number];
}
interface MoveChoice {
  folder: boolean;
  source: number;
  dest: string;
  rename?: string;
}

const treeArb = fc
  .uniqueArray(fc.tuple(fc.constantFrom(...DIRS), fc.constantFrom('x', 'y', 'w', 'index')), { minLength: 2, maxLength: 9, selector: ([d, n]) => `${d}/${n}` })
  .chain((files) =>
    fc.record({
      files: fc.constant(files.map(([d, n]) => `${d}/${n}.ts`)),
      refs: fc.array(fc.array(fc.record({ target: fc.nat(files.length - 1), style: fc.constantFrom(...STYLES), form: fc.constantFrom(...FORMS) }), { maxLength: 4 }), {
        minLength: files.length,
        maxLength: files.length,
      }),
    }),
  );
const movesArb = fc.array(
  fc.record({ folder: fc.boolean(), source: fc.nat(20), dest: fc.constantFrom(...DESTS), rename: fc.option(fc.constantFrom('one', 'two'), { nil: undefined }) }),
  { minLength: 1, maxLength: 3 },
);

/**
 * A specifier for `target` from `importer` in a style; folder form for index files, except in relative
 * style: the resolver does not resolve a folder specifier ending in `..` (`'../..'`: TypeScript asks
 * for the folder with a trailing slash), which moves of relative folder imports would produce.
 */
function specifier(importer: RelPath, target: RelPath, style: Ref['style']): string {
  const bare = target.replace(/\.ts$/, '');
  const module = bare.endsWith('/index') ? dirOf(bare) : bare;
  if (style === 'alias') return `@/${module}`;
  if (style === 'baseUrl') return module;
  return relativeSpecifier(importer, bare);
}

function render(files: RelPath[], refs: Ref[][]): Record<string, string> {
  const out: Record<string, string> = { 'tsconfig.json': TSCONFIG };
  files.forEach((file, i) => {
    const lines = refs[i].filter((r) => r.target !== i).map((r, j) => {
      const s = specifier(file, files[r.target], r.style);
      return { import: `import { v as i${j} } from '${s}';`, export: `export { v as e${j} } from "${s}";`, dynamic: `const d${j} = import('${s}');`, require: `const r${j} = require('${s}')` }[r.form];
    });
    out[file] = [...lines, 'export const v = 1;', ''].join('\n');
  });
  return out;
}

/** Turns move choices into valid steps against the tree as the earlier ones leave it. */
function steps(files: RelPath[], choices: MoveChoice[]): { from: RelPath; to: RelPath }[] {
  let tree = [...files];
  const out: { from: RelPath; to: RelPath }[] = [];
  for (const c of choices) {
    const dirs = [...new Set(tree.map(dirOf))].filter((d) => d !== '');
    const from = c.folder ? dirs[c.source % dirs.length] : tree[c.source % tree.length];
    const base = path.posix.basename(from);
    // An index file keeps its name: renamed, the folder form of its imports could not come back.
    const rename = c.rename && !(base === 'index.ts') ? c.rename : undefined;
    const to = joinRel(c.dest, rename ? (c.folder ? `${rename}_dir` : `${rename}.ts`) : base);
    const taken = tree.some((f) => f === to || isWithin(f, to) || to.startsWith(f + '/'));
    if (to === from || taken || (c.folder && isWithin(to, from))) continue;
    out.push({ from, to });
    tree = tree.map((f) => (f === from ? to : isWithin(f, from) ? joinRel(to, f.slice(from.length + 1)) : f));
  }
  return out;
}

function stage(ws: Workspace, moves: { from: RelPath; to: RelPath }[]) {
  const stepList = moves.map((m) => ({ kind: 'move', ...m, loc: { file: '', line: 1, column: 1 } }) as MoveStep);
  stageMoveSteps({ ws, plan: {} as Plan }, stepList);
}

/** Follows a file through the moves. */
function follow(moves: { from: RelPath; to: RelPath }[], file: RelPath): RelPath {
  return moves.reduce((p, m) => (p === m.from ? m.to : isWithin(p, m.from) ? joinRel(m.to, p.slice(m.from.length + 1)) : p), file);
}

describe('move, over generated trees', () => {
  it('every import resolves to the moved counterpart of its old target, and the reverse moves restore the tree', () => {
    fc.assert(
      fc.property(treeArb, movesArb, ({ files, refs }, choices) => {
        const moves = steps(files, choices);
        const tree = render(files, refs);
        const ws = Workspace.open(writeTree(tree));
        const before = [...ws.index().all()].map((imp) => ({ file: imp.file, resolved: imp.resolved }));
        expect(before.every((imp) => imp.resolved !== undefined)).toBe(true);
        stage(ws, moves);
        const after = ws.index();
        for (const b of before) {
          const now = after.importsOf(follow(moves, b.file)).map((imp) => imp.resolved);
          expect(now).toContain(follow(moves, b.resolved!));
        }
        const counts = (idx: typeof after) => idx.files().map((f) => idx.importsOf(f).filter((i) => i.resolved).length).reduce((a, n) => a + n, 0);
        expect(counts(after)).toBe(before.length);
        stage(ws, [...moves].reverse().map((m) => ({ from: m.to, to: m.from })));
        expect(Object.fromEntries(ws.overlay.files().map((f) => [f, ws.overlay.read(f)]))).toEqual(tree);
      }),
      { numRuns: 200 },
    );
  });
});
