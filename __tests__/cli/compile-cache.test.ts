import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ts from 'typescript';
import { assertBuilt, spawnCli } from '../helpers/child';

// bin/compile-cache.js keeps V8's code cache of remediate's modules in os.tmpdir() (TMPDIR here).
// What a run prints must not depend on it: made, reused, rejected as garbage, or turned off.

const EXAMPLE = path.join(__dirname, '../../examples/hoc');
const PLAN = path.join(__dirname, '../../plans/integrations-phase-2.5.yaml');

function cacheFiles(tmp: string): string[] {
  const dir = fs.readdirSync(tmp).find((d) => d.startsWith('remediate-compile-cache-'));
  if (!dir) return [];
  return fs.readdirSync(path.join(tmp, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}

describe('the compile cache of the CLI', () => {
  beforeAll(assertBuilt);

  it('is made on the first run, reused on the next, and made again when V8 rejects it; output unchanged', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'remediate-cc-'));
    const run = () => spawnCli(['plan', 'check', PLAN], EXAMPLE, { TMPDIR: tmp });
    const first = await run();
    expect(first.code).toBe(0);
    const files = cacheFiles(tmp);
    expect(files.length).toBeGreaterThan(20);
    const second = await run();
    expect([second.code, second.stdout, second.stderr]).toEqual([0, first.stdout, first.stderr]);
    for (const f of files) fs.writeFileSync(f, 'not a code cache');
    // Without its kept plan and tsconfig settings, the third run loads every module the first did.
    for (const d of fs.readdirSync(tmp)) if (/^remediate-(plan|tsconfig)-cache-/.test(d)) fs.rmSync(path.join(tmp, d), { recursive: true });
    const third = await run();
    expect([third.code, third.stdout, third.stderr]).toEqual([0, first.stdout, first.stderr]);
    expect(cacheFiles(tmp).filter((f) => fs.readFileSync(f, 'utf8') === 'not a code cache')).toEqual([]);
  });

  it('is not used with REMEDIATE_COMPILE_CACHE=0', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'remediate-cc-'));
    const r = await spawnCli(['--version'], EXAMPLE, { TMPDIR: tmp, REMEDIATE_COMPILE_CACHE: '0' });
    expect(r.code).toBe(0);
    expect(cacheFiles(tmp)).toEqual([]);
  });
});

describe('the modules the CLI loads through the compile cache', () => {
  // Every command of the bundled example in this process loads what the CLI can load (ts-morph too).
  it('never call import() (a cached module cannot)', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'remediate-cc-example-'));
    fs.cpSync(EXAMPLE, path.join(root, 'examples/hoc'), { recursive: true });
    fs.cpSync(path.dirname(PLAN), path.join(root, 'plans'), { recursive: true });
    fs.cpSync(path.join(EXAMPLE, '../hoc-py'), path.join(root, 'examples/hoc-py'), { recursive: true });
    const pyPlan = path.join(root, 'plans/python/integrations-phase-2.5.yaml');
    const { main } = require(path.join(__dirname, '../../dist/src/cli/main')) as typeof import('../../src/cli/main');
    const { UNCACHED } = require(path.join(__dirname, '../../dist/src/workspace/compile-cache')) as typeof import('../../src/workspace/compile-cache');
    const io = { out: () => undefined, err: () => undefined, color: false, progress: false, cwd: root, env: {} };
    const commands = [['run', '--all'], ['verify', '--format', 'sarif'], ['status'], ['report', '--out', path.join(root, 'r.md')], ['run', '--all', '--plan', pyPlan], ['status', '--plan', pyPlan]];
    for (const args of commands) await main(args, io);
    const pkg = path.join(__dirname, '../..') + path.sep;
    const loaded = Object.keys(require.cache).filter((f) => f.startsWith(pkg) && !f.includes(`${path.sep}__tests__${path.sep}`) && /\.c?js$/.test(f));
    expect(loaded.some((f) => f.endsWith(path.join('ts-morph', 'dist', 'ts-morph.js')))).toBe(true);
    expect(dynamicImports("const s = 'import(x)'; // import(y)\nimport('./z').then(f);")).toBe(1);
    expect(loaded.some((f) => f.includes(`${path.sep}web-tree-sitter${path.sep}`))).toBe(true);
    const cached = loaded.filter((f) => !UNCACHED.some((m) => f.includes(m)));
    expect(cached.filter((f) => dynamicImports(fs.readFileSync(f, 'utf8')) > 0).map((f) => path.relative(pkg, f))).toEqual([]);
  }, 120_000);
});

/** `import(…)` calls in a script, found with TypeScript's parser (not in strings or comments). */
function dynamicImports(text: string): number {
  const sf = ts.createSourceFile('m.js', text, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  let n = 0;
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) n++;
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return n;
}
