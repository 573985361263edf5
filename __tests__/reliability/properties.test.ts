import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { dirOf, relativeSpecifier, stripSourceExt, type RelPath } from '../../src/workspace/paths';
import { Workspace } from '../../src/workspace/workspace';
import { runCli } from '../helpers/cli';
import { exportName, follow, moveChoiceArb, moveFor, renderTree, treeArb, writeRendered, type GenTree, type MoveChoice } from '../helpers/gen-tree';
import { snapshotDiff, snapshotTree } from '../helpers/snapshot';

// Properties of whole plans run through the engine and the writer, on disk (move-property.test.ts
// covers one batch of moves staged on the overlay): moves undone by a later phase restore the tree
// byte for byte; every step kind, run twice, stages nothing the second time; and after a plan of
// moves and import rewrites every import resolves to the counterpart of its old target.

const RUNS = Number(process.env.REMEDIATE_PROPERTY_RUNS ?? 25);
const IGNORED = ['code/.remediate/ledger.jsonl', 'code/.remediate'];

type PlanStep = { move: RelPath; to: RelPath } | { rewrite: { from: string; to: RelPath } } | { yaml: string };

function stepYaml(s: PlanStep): string {
  if ('move' in s) return `      - move: ${s.move}\n        to: ${s.to}`;
  if ('rewrite' in s) return `      - rewrite-imports: { from: ${s.rewrite.from}, to: ${s.rewrite.to} }`;
  return s.yaml.replace(/^/gm, '      ');
}

/** A plan on `code/` with one phase per list of steps (phase-1, phase-2, …). */
function planYaml(phases: PlanStep[][]): string {
  const body = phases.map((steps, i) => [`  - id: phase-${i + 1}`, `    title: Generated ${i + 1}`, '    steps:', ...steps.map(stepYaml)].join('\n'));
  return ['version: 1', 'name: prop', 'root: code', 'phases:', ...body, ''].join('\n');
}

function project(tree: GenTree, phases: PlanStep[][], edit?: (texts: Record<string, string>) => void): string {
  const rendered = renderTree(tree, 'code/');
  edit?.(rendered.texts);
  return writeRendered(rendered, { 'remediate.yaml': planYaml(phases) });
}

/**
 * Valid moves for the choices, each against the tree the earlier ones leave. None puts a file where
 * a file was when the phase began: paths vacated and reused in one phase have their own tests
 * (write-failure.test.ts).
 */
function movesFor(files: RelPath[], choices: MoveChoice[]): { from: RelPath; to: RelPath }[] {
  const start = new Set(files);
  let tree = [...files];
  const out: { from: RelPath; to: RelPath }[] = [];
  for (const c of choices) {
    const m = moveFor(tree, c);
    const next = m && tree.map((f) => follow([m], f));
    if (!m || next!.some((f, i) => f !== tree[i] && start.has(f))) continue;
    out.push(m);
    tree = next!;
  }
  return out;
}

async function run(root: string, args: string[]) {
  const r = await runCli(args, root);
  return { code: r.code, stderr: r.stderr, json: args.includes('--json') && r.stdout ? JSON.parse(r.stdout) : undefined };
}

/** Runs phase-1, then again as a dry run: the second run must find nothing to change. */
async function expectIdempotent(root: string): Promise<void> {
  expect(await run(root, ['run', 'phase-1'])).toMatchObject({ code: 0, stderr: '' });
  const second = await run(root, ['run', 'phase-1', '--dry-run', '--json']);
  const phase = second.json.phases[0];
  expect({ code: second.code, status: phase.status, changes: phase.changes, steps: phase.steps.map((s: { status: string }) => s.status) }).toEqual({
    code: 0,
    status: 'unchanged',
    changes: [],
    steps: phase.steps.map((s: { kind: string; status: string }) => (s.kind === 'verify' ? s.status : 'unchanged')),
  });
}

describe('moves undone by a later phase', () => {
  it('restore the tree byte for byte (content, modes, line endings, folders) through the writer', async () => {
    await fc.assert(
      fc.asyncProperty(treeArb(), fc.array(moveChoiceArb, { minLength: 1, maxLength: 4 }), async (tree, choices) => {
        const moves = movesFor(tree.files, choices);
        fc.pre(moves.length > 0);
        const forth = moves.map((m) => ({ move: m.from, to: m.to }));
        const back = [...moves].reverse().map((m) => ({ move: m.to, to: m.from }));
        const root = project(tree, [forth, back]);
        const before = snapshotTree(root, IGNORED);
        expect(await run(root, ['run', 'phase-1'])).toMatchObject({ code: 0, stderr: '' });
        expect(await run(root, ['run', 'phase-2'])).toMatchObject({ code: 0, stderr: '' });
        expect(snapshotDiff(snapshotTree(root, IGNORED), before)).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('every step kind, run twice, stages nothing the second time', () => {
  const VERIFY: PlanStep = { yaml: '- verify: { expect: { actionable: 0 } }' };

  it('header', async () => {
    // Keys in the file's own spelling or not (`OWNER`); two spellings of one key have their own test (below).
    const setArb = fc.subarray(['Layer: "L6 — Drivers"', 'OWNER: platform', 'Audience: CUSTOMER']);
    const tagsArb = fc.subarray(['HYBRID', '"-OLD"', 'M25_FROZEN', '"-HYBRID"']);
    await fc.assert(
      fc.asyncProperty(treeArb(4), fc.nat(), setArb, tagsArb, async (tree, pick, set, tags) => {
        fc.pre(set.length + tags.length > 0);
        const file = tree.files[pick % tree.files.length];
        const lines = [`- header: ${file}`];
        if (set.length) lines.push(`  set: { ${set.join(', ')} }`);
        if (tags.length) lines.push(`  tags: [${tags.join(', ')}]`);
        await expectIdempotent(project(tree, [[{ yaml: lines.join('\n') }, VERIFY]]));
      }),
      { numRuns: RUNS },
    );
  });

  it('move', async () => {
    await fc.assert(
      fc.asyncProperty(treeArb(), moveChoiceArb, async (tree, choice) => {
        const m = moveFor(tree.files, choice);
        fc.pre(m !== undefined);
        await expectIdempotent(project(tree, [[{ move: m!.from, to: m!.to }, VERIFY]]));
      }),
      { numRuns: RUNS },
    );
  });

  it('rewrite-imports', async () => {
    await fc.assert(
      fc.asyncProperty(treeArb(), fc.nat(), fc.nat(), async (tree, a, b) => {
        const rewrite = rewriteFor(tree, a, b);
        fc.pre(rewrite !== undefined);
        await expectIdempotent(project(tree, [[{ rewrite: rewrite! }, VERIFY]]));
      }),
      { numRuns: RUNS },
    );
  });

  it('barrel', async () => {
    await fc.assert(
      fc.asyncProperty(treeArb(), fc.nat(), async (tree, pick) => {
        const dirs = [...new Set(tree.files.map(dirOf))];
        const dir = dirs[pick % dirs.length];
        // A barrel whose header is a /** */ block is a known bug (below).
        fc.pre(!tree.files.some((f, i) => f === `${dir}/index.ts` && tree.layouts[i].header === 'block'));
        await expectIdempotent(project(tree, [[{ yaml: `- barrel: ${dir}` }, VERIFY]]));
      }),
      { numRuns: RUNS },
    );
  });

  it('split', async () => {
    const names = ['T', 'U', 'f', 'k'];
    await fc.assert(
      fc.asyncProperty(treeArb(6), fc.nat(), fc.subarray(names, { minLength: 1 }), fc.constantFrom('src/parts.ts', 'lib/d/parts.ts', 'src/a/parts.ts'), fc.boolean(), fc.subarray([0, 1, 2, 3, 4, 5]), async (tree, pick, extract, to, reexport, users) => {
        const s = pick % tree.files.length;
        const source = tree.files[s];
        const lines = [`- split: ${source}`, `  extract: [${extract.join(', ')}]`, `  to: ${to}`];
        if (reexport) lines.push('  reexport: true');
        const root = project(splittable(tree, s), [[{ yaml: lines.join('\n') }, VERIFY]], (texts) => addDeclarations(texts, tree, s, users));
        await expectIdempotent(root);
      }),
      { numRuns: RUNS },
    );
  });
});

/** A rewrite of every import of file `a` to file `b`, unless `b` imports `a` (it would import itself). */
function rewriteFor(tree: GenTree, a: number, b: number): { from: string; to: RelPath } | undefined {
  const from = a % tree.files.length;
  const to = b % tree.files.length;
  if (from === to || tree.refs[to].some((r) => r.target === from)) return undefined;
  return { from: stripSourceExt(tree.files[from]), to: stripSourceExt(tree.files[to]) };
}

/** The tree with every import of file `s` a static one: a split cannot follow `import()` or `require()`. */
function splittable(tree: GenTree, s: number): GenTree {
  return { ...tree, refs: tree.refs.map((refs) => refs.map((r) => (r.target === s && (r.form === 'dynamic' || r.form === 'require') ? { ...r, form: 'import' } : r))) };
}

/** Gives file `s` declarations to split off, and has the files `users` (by index) import some of them. */
function addDeclarations(texts: Record<string, string>, tree: GenTree, s: number, users: number[]): void {
  const source = tree.files[s];
  const insertBefore = (file: RelPath, lines: string[]) => {
    const key = `code/${file}`;
    const text = texts[key];
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const at = text.lastIndexOf(`export const ${exportName(tree.files.indexOf(file))} =`);
    texts[key] = text.slice(0, at) + lines.map((l) => l + eol).join('') + text.slice(at);
  };
  insertBefore(source, ['export interface T { a: number }', 'export type U = T | number;', 'export function f(): T { return { a: 1 }; }', 'export const k: U = 1;']);
  for (const u of users) {
    if (u >= tree.files.length || u === s) continue;
    insertBefore(tree.files[u], [`import { f as f${u}, type T as T${u} } from '${relativeSpecifier(tree.files[u], stripSourceExt(source))}';`, `export const use${u}: T${u} = f${u}();`]);
  }
}

describe('a plan of moves and import rewrites', () => {
  type Choice = { kind: 'move'; move: MoveChoice } | { kind: 'rewrite'; a: number; b: number };
  const choiceArb: fc.Arbitrary<Choice> = fc.oneof(
    moveChoiceArb.map((move) => ({ kind: 'move' as const, move })),
    fc.record({ kind: fc.constant('rewrite' as const), a: fc.nat(), b: fc.nat() }),
  );

  it('leaves every import resolving to the counterpart of its old target', async () => {
    await fc.assert(
      fc.asyncProperty(treeArb(), fc.array(choiceArb, { minLength: 1, maxLength: 5 }), async (tree, choices) => {
        const before = Workspace.open(writeRendered(renderTree(tree))).index();
        // Per original file: where it is now, and what each of its imports should resolve to.
        const where = new Map(tree.files.map((f) => [f, f]));
        const expected = new Map(tree.files.map((f) => [f, before.importsOf(f).map((imp) => imp.resolved)]));
        expect([...expected.values()].flat().every((t) => t !== undefined)).toBe(true);
        const steps: PlanStep[] = [];
        for (const c of choices) {
          const current = [...where.values()];
          if (c.kind === 'move') {
            const m = moveFor(current, c.move);
            if (!m || current.some((p) => follow([m], p) !== p && where.has(follow([m], p)))) continue;
            steps.push({ move: m.from, to: m.to });
            for (const [f, p] of where) where.set(f, follow([m], p));
            for (const [f, targets] of expected) expected.set(f, targets.map((t) => follow([m], t!)));
          } else {
            const a = current[c.a % current.length];
            const b = current[c.b % current.length];
            const bImportsA = [...where].some(([f, p]) => p === b && expected.get(f)!.includes(a));
            if (a === b || bImportsA) continue;
            steps.push({ rewrite: { from: stripSourceExt(a), to: stripSourceExt(b) } });
            for (const [f, targets] of expected) expected.set(f, targets.map((t) => (t === a ? b : t)));
          }
        }
        fc.pre(steps.length > 0);
        const planned = project(tree, [steps]);
        expect(await run(planned, ['run', 'phase-1'])).toMatchObject({ code: 0, stderr: '' });
        const after = Workspace.open(`${planned}/code`).index();
        for (const [f, targets] of expected) {
          expect({ file: where.get(f), resolved: after.importsOf(where.get(f)!).map((imp) => imp.resolved) }).toEqual({ file: where.get(f), resolved: targets });
        }
      }),
      { numRuns: RUNS },
    );
  });
});

describe('shrunk counterexamples the properties found', () => {
  const one = (text: string, plan: string) => writeRendered({ texts: { 'code/src/index.ts': text, 'code/src/x.ts': 'export const v0 = 0;\n' }, modes: {} }, { 'remediate.yaml': plan });
  const phase = (step: string) => `version: 1\nname: p\nroot: code\nphases:\n  - id: phase-1\n    title: P\n    steps:\n${step.replace(/^/gm, '      ')}\n`;

  // Found by the barrel property: a /** */ header once lost its closing ` */`.
  it('barrel: regenerating an index.ts with a /** */ header keeps the comment closed', async () => {
    const root = one('/**\n * Layer: L5 — Engines\n */\nexport const v1 = 1;', phase('- barrel: src'));
    expect(await run(root, ['run', 'phase-1'])).toMatchObject({ code: 0, stderr: '' });
    expect(fs.readFileSync(path.join(root, 'code/src/index.ts'), 'utf8')).toBe("/**\n * Layer: L5 — Engines\n */\n\nexport { v0 } from './x';"); // no final newline, like the index it replaced
    await expectIdempotent(root);
  });

  it('move: a file edited by an earlier step of its phase, then moved, stays a rename and keeps its mode', async () => {
    const root = writeRendered(
      { texts: { 'code/src/c/x.ts': "import { v1 as i0 } from '../x';\nexport const v0 = 0;\n", 'code/src/x.ts': 'export const v1 = 1;\n' }, modes: { 'code/src/c/x.ts': 0o755 } },
      { 'remediate.yaml': phase('- move: src/x.ts\n  to: src/a/b/x.ts\n- move: src/c/x.ts\n  to: src/one.ts') },
    );
    const dry = (await runCli(['run', 'phase-1', '--dry-run'], root)).stdout;
    expect(dry).toContain('rename from src/c/x.ts\nrename to src/one.ts');
    expect(await run(root, ['run', 'phase-1'])).toMatchObject({ code: 0, stderr: '' });
    expect(fs.statSync(path.join(root, 'code/src/one.ts')).mode & 0o777).toBe(0o755);
  });

  // Found by the header property: one key in two spellings must settle (the last value wins).
  it('header: a step setting one key in two spellings is idempotent', async () => {
    const root = one('export const v1 = 1;', phase('- header: src/index.ts\n  set: { Layer: "L6 — Drivers", layer: "L5 — Engines" }'));
    await expectIdempotent(root);
  });
});
