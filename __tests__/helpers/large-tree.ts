import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { randomInt, seededRandom } from './prng';

/** A generated file: its bytes as text and its mode. */
export interface GeneratedFile {
  text: string;
  mode: number;
}

const FEATURES = 14;
const PER_FEATURE = 20;
const LEGACY = 20;
const DEEP = 6;
const HEADERS = 12;

/**
 * A code base of ~300 files and a one-phase plan that moves the folder src/legacy (26 files) to
 * src/core/legacy, which repoints ~150 importers (relative and alias specifiers; import, export … from,
 * import(), require()), and edits the headers of a dozen files. Some files have CRLF line endings, a
 * BOM, mode 0755 or no trailing newline. The same seed gives the same tree.
 */
export function largeProject(seed: number): Record<string, GeneratedFile> {
  const rand = seededRandom(seed);
  const out: Record<string, GeneratedFile> = {};
  let n = 0;
  const add = (rel: string, lines: string[]) => {
    n++;
    const eol = n % 11 === 0 ? '\r\n' : '\n';
    let text = (n % 13 === 0 ? '\uFEFF' : '') + lines.join(eol) + eol;
    if (n % 19 === 0) text = text.slice(0, -eol.length);
    out[`code/${rel}`] = { text, mode: n % 17 === 0 ? 0o755 : 0o644 };
  };
  out['code/tsconfig.json'] = {
    text: JSON.stringify({ compilerOptions: { module: 'commonjs', moduleResolution: 'node10', baseUrl: '.', paths: { '@/*': ['src/*'] } } }, null, 2) + '\n',
    mode: 0o644,
  };
  for (let i = 0; i < LEGACY; i++) {
    const feature = `../features/f${randomInt(rand, 0, FEATURES - 1)}/file${randomInt(rand, 0, PER_FEATURE - 1)}`;
    add(`src/legacy/mod${i}.ts`, ['// Layer: L6 — Legacy', `import { util${i % DEEP} } from './deep/util${i % DEEP}';`, `import { f as g${i} } from '${feature}';`, `export const legacy${i} = util${i % DEEP} + g${i};`]);
  }
  for (let i = 0; i < DEEP; i++) add(`src/legacy/deep/util${i}.ts`, [`export const util${i} = ${i};`]);
  for (let f = 0; f < FEATURES; f++) {
    for (let j = 0; j < PER_FEATURE; j++) add(`src/features/f${f}/file${j}.ts`, featureFile(rand, j));
  }
  return out;
}

function featureFile(rand: () => number, j: number): string[] {
  const lines = ['// Layer: L5 — Features', `// Owner: team-${j % 3}`];
  if (j > 0) lines.push(`import { f as sibling } from './file${j - 1}';`);
  if (rand() < 0.55) {
    const m = randomInt(rand, 0, LEGACY - 1);
    const deep = randomInt(rand, 0, DEEP - 1);
    const forms = [
      `import { legacy${m} } from '../../legacy/mod${m}';`,
      `import { legacy${m} } from '@/legacy/mod${m}';`,
      `export { util${deep} } from "../../legacy/deep/util${deep}";`,
      `const lazy = import('@/legacy/deep/util${deep}');`,
      `const req = require('../../legacy/mod${m}');`,
    ];
    lines.push(forms[randomInt(rand, 0, forms.length - 1)]);
  }
  lines.push(`export const f = ${j};`);
  return lines;
}

/** The plan for largeProject: one phase, the folder move and the header edits. */
export function largePlan(): string {
  const headers = Array.from({ length: HEADERS }, (_, i) => `      - header: src/features/f${i}/file${(i * 7) % PER_FEATURE}.ts\n        set: { Owner: platform }\n        tags: [MOVED]`);
  return ['version: 1', 'name: crash', 'root: code', 'phases:', '  - id: phase-1', '    title: Big move', '    steps:', '      - move: src/legacy', '        to: src/core/legacy', ...headers, ''].join('\n');
}

/** Writes generated files (with their modes) and a plan under a fresh temp folder. */
export function writeGenerated(files: Record<string, GeneratedFile>, plan: string, prefix = 'remediate-large-'): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.writeFileSync(path.join(root, 'remediate.yaml'), plan);
  for (const [rel, { text, mode }] of Object.entries(files)) {
    const abs = path.join(root, rel);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, text);
    fs.chmodSync(abs, mode);
  }
  return root;
}
