import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { dirOf, isWithin, joinRel, relativeSpecifier, type RelPath } from '../../src/workspace/paths';

// Generated small code bases for property tests: files x/y/w/index in a few folders, each exporting a
// name of its own, importing each other in every style (relative, alias, baseUrl) and form; with
// CRLF, a BOM, mode 0755, a missing trailing newline and header comments mixed in. File stems and
// folder names never coincide, so no move makes `./x` mean a folder where it meant a file.

export const DIRS = ['src', 'src/a', 'src/a/b', 'src/c', 'lib', 'lib/d'];
const DESTS = [...DIRS, 'src/n', 'lib/m', 'src/a/n'];
const STEMS = ['x', 'y', 'w', 'index'];
const STYLES = ['relative', 'alias', 'baseUrl'] as const;
const FORMS = ['import', 'export', 'dynamic', 'require'] as const;
const HEADERS = ['none', 'line', 'block', 'shebang'] as const;
export const TSCONFIG = JSON.stringify({ compilerOptions: { module: 'commonjs', moduleResolution: 'node10', baseUrl: '.', paths: { '@/*': ['*'] } } });

export interface Ref {
  target: number;
  style: (typeof STYLES)[number];
  form: (typeof FORMS)[number];
}

/** How a file's bytes are laid out, apart from what it says. */
export interface Layout {
  crlf: boolean;
  bom: boolean;
  exec: boolean;
  trailingNewline: boolean;
  header: (typeof HEADERS)[number];
}

export interface GenTree {
  files: RelPath[];
  refs: Ref[][];
  layouts: Layout[];
}

const layoutArb: fc.Arbitrary<Layout> = fc.record({
  crlf: fc.boolean(),
  bom: fc.boolean(),
  exec: fc.boolean(),
  trailingNewline: fc.boolean(),
  header: fc.constantFrom(...HEADERS),
});

/** A tree of 2 to `max` files whose imports all resolve. */
export function treeArb(max = 9): fc.Arbitrary<GenTree> {
  return fc
    .uniqueArray(fc.tuple(fc.constantFrom(...DIRS), fc.constantFrom(...STEMS)), { minLength: 2, maxLength: max, selector: ([d, n]) => `${d}/${n}` })
    .chain((pairs) =>
      fc.record({
        files: fc.constant(pairs.map(([d, n]) => `${d}/${n}.ts`)),
        refs: fc.array(fc.array(fc.record({ target: fc.nat(pairs.length - 1), style: fc.constantFrom(...STYLES), form: fc.constantFrom(...FORMS) }), { maxLength: 3 }), {
          minLength: pairs.length,
          maxLength: pairs.length,
        }),
        layouts: fc.array(layoutArb, { minLength: pairs.length, maxLength: pairs.length }),
      }),
    );
}

/** The name file `i` exports (unique in the tree, so barrels never see two exports of one name). */
export function exportName(i: number): string {
  return `v${i}`;
}

/**
 * A specifier for `target` from `importer`; folder form for index files, except in relative style
 * (TypeScript does not resolve a folder specifier ending in `..`, which moves of them would produce).
 */
function specifier(importer: RelPath, target: RelPath, style: Ref['style']): string {
  const bare = target.replace(/\.ts$/, '');
  const module = bare.endsWith('/index') ? dirOf(bare) : bare;
  if (style === 'alias') return `@/${module}`;
  if (style === 'baseUrl') return module;
  return relativeSpecifier(importer, bare);
}

function headerLines(layout: Layout): string[] {
  switch (layout.header) {
    case 'line':
      return ['// Layer: L5 — Engines', '// Owner: team'];
    case 'block':
      return ['/**', ' * Layer: L5 — Engines', ' */'];
    case 'shebang':
      return ['#!/usr/bin/env node', '"use strict";'];
    default:
      return [];
  }
}

/** The files of a generated tree (root-relative path → text) under `prefix`, with their modes. */
export function renderTree(tree: GenTree, prefix = ''): { texts: Record<string, string>; modes: Record<string, number> } {
  const texts: Record<string, string> = { [`${prefix}tsconfig.json`]: TSCONFIG };
  const modes: Record<string, number> = {};
  tree.files.forEach((file, i) => {
    const layout = tree.layouts[i];
    const imports = tree.refs[i].filter((r) => r.target !== i).map((r, j) => {
      const s = specifier(file, tree.files[r.target], r.style);
      const name = exportName(r.target);
      return { import: `import { ${name} as i${j} } from '${s}';`, export: `export { ${name} as e${i}_${j} } from "${s}";`, dynamic: `const d${j} = import('${s}');`, require: `const r${j} = require('${s}');` }[r.form];
    });
    const eol = layout.crlf ? '\r\n' : '\n';
    const body = [...headerLines(layout), ...imports, `export const ${exportName(i)} = ${i};`].join(eol);
    // TypeScript rejects a shebang after a BOM, so a file with a shebang has none.
    texts[prefix + file] = (layout.bom && layout.header !== 'shebang' ? '\uFEFF' : '') + body + (layout.trailingNewline ? eol : '');
    modes[prefix + file] = layout.exec ? 0o755 : 0o644;
  });
  return { texts, modes };
}

/** Writes texts with their modes under a fresh temp folder. */
export function writeRendered({ texts, modes }: { texts: Record<string, string>; modes: Record<string, number> }, extra: Record<string, string> = {}): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'remediate-prop-'));
  for (const [rel, text] of Object.entries({ ...texts, ...extra })) {
    const abs = path.join(root, rel);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, text);
    if (modes[rel] !== undefined) fs.chmodSync(abs, modes[rel]);
  }
  return root;
}

export interface MoveChoice {
  folder: boolean;
  source: number;
  dest: string;
  rename?: string;
}

export const moveChoiceArb: fc.Arbitrary<MoveChoice> = fc.record({
  folder: fc.boolean(),
  source: fc.nat(20),
  dest: fc.constantFrom(...DESTS),
  rename: fc.option(fc.constantFrom('one', 'two'), { nil: undefined }),
});

/** Follows a path through file and folder moves. */
export function follow(moves: { from: RelPath; to: RelPath }[], p: RelPath): RelPath {
  return moves.reduce((cur, m) => (cur === m.from ? m.to : isWithin(cur, m.from) ? joinRel(m.to, cur.slice(m.from.length + 1)) : cur), p);
}

/** A valid move for the tree as it stands (`files`), or undefined when the choice does not make one. */
export function moveFor(files: RelPath[], c: MoveChoice): { from: RelPath; to: RelPath } | undefined {
  const dirs = [...new Set(files.map(dirOf))].filter((d) => d !== '');
  const from = c.folder ? dirs[c.source % dirs.length] : files[c.source % files.length];
  const base = path.posix.basename(from);
  // An index file keeps its name: renamed, the folder form of its imports could not come back.
  const rename = c.rename && base !== 'index.ts' ? c.rename : undefined;
  const to = joinRel(c.dest, rename ? (c.folder ? `${rename}_dir` : `${rename}.ts`) : base);
  const taken = files.some((f) => f === to || isWithin(f, to) || to.startsWith(f + '/'));
  if (to === from || taken || (c.folder && isWithin(to, from))) return undefined;
  return { from, to };
}
