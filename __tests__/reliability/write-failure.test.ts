import * as fs from 'node:fs';
import * as path from 'node:path';
import { assertBuilt, spawnCli } from '../helpers/child';
import { runCli } from '../helpers/cli';
import { snapshotDiff, snapshotTree } from '../helpers/snapshot';
import { writeTree } from '../helpers/tree';

// A write that fails at any of its file operations leaves the tree byte for byte as it was, exits 3
// and says so in one line; and what the writer leaves behind on a crash is reported by the next command.

const PLAN = `version: 1
name: small
root: code
phases:
  - id: phase-1
    title: Small
    steps:
      - move: src/old
        to: src/new/deep
      - header: src/a.ts
        set: { Layer: "L6 — Drivers" }
`;

/** Five file operations: two renames (source and target each), one edit. */
const OPS = 5;

function project(plan = PLAN): string {
  const root = writeTree({
    'remediate.yaml': plan,
    'code/src/a.ts': '// Layer: L4\r\nimport { b } from "./old/b";\r\nexport const a = b;\r\n',
    'code/src/old/b.ts': '\uFEFFexport const b = 1;',
    'code/src/old/c.ts': "import { a } from '../a';\nexport const c = a;\n",
  });
  fs.chmodSync(path.join(root, 'code/src/old/b.ts'), 0o755);
  return root;
}

describe('an injected write failure', () => {
  it(`the small phase has ${OPS} file operations`, async () => {
    const r = await runCli(['run', 'phase-1', '--dry-run', '--json'], project());
    const changes = JSON.parse(r.stdout).phases[0].changes as { from?: string }[];
    expect(changes.length + changes.filter((c) => c.from).length).toBe(OPS);
  });

  it.each(Array.from({ length: OPS }, (_, i) => i + 1))('at write %i exits 3 with one line and leaves the tree byte-identical', async (n) => {
    const root = project();
    const before = snapshotTree(root);
    const r = await runCli(['run', 'phase-1'], root, { REMEDIATE_FAIL_AT_WRITE: String(n) });
    expect([r.code, r.stdout, r.stderr]).toEqual([3, '', `remediate: writing the phase failed and was rolled back: injected failure at write ${n}\n`]);
    expect(snapshotDiff(snapshotTree(root), before)).toEqual([]);
    expect((await runCli(['verify'], root)).stderr).toBe('');
  });

  it('past the last write there is nothing to fail: the phase is written', async () => {
    const root = project();
    const r = await runCli(['run', 'phase-1'], root, { REMEDIATE_FAIL_AT_WRITE: String(OPS + 1) });
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(fs.readFileSync(path.join(root, 'code/src/new/deep/b.ts'), 'utf8')).toBe('\uFEFFexport const b = 1;');
    expect(fs.statSync(path.join(root, 'code/src/new/deep/b.ts')).mode & 0o777).toBe(0o755);
  });

  it('in a real process: exit 3, the one line, the tree byte-identical', async () => {
    assertBuilt();
    const root = project();
    const before = snapshotTree(root);
    const r = await spawnCli(['run', 'phase-1'], root, { REMEDIATE_FAIL_AT_WRITE: '4' });
    expect([r.code, r.stdout, r.stderr]).toEqual([3, '', 'remediate: writing the phase failed and was rolled back: injected failure at write 4\n']);
    expect(snapshotDiff(snapshotTree(root), before)).toEqual([]);
  });

  it('with --json also prints the error as one JSON document', async () => {
    const root = project();
    const r = await runCli(['run', 'phase-1', '--json'], root, { REMEDIATE_FAIL_AT_WRITE: '3' });
    const message = 'writing the phase failed and was rolled back: injected failure at write 3';
    expect([r.code, r.stderr, JSON.parse(r.stdout)]).toEqual([3, `remediate: ${message}\n`, { error: { kind: 'StateError', message }, exitCode: 3 }]);
  });
});

describe('what an interrupted apply leaves', () => {
  /** The state a SIGKILL after the journal was written and before the first rename leaves. */
  function interrupted(root: string): void {
    const txn = path.join(root, 'code/.remediate/txn');
    fs.mkdirSync(path.join(txn, 'old'), { recursive: true });
    fs.writeFileSync(path.join(txn, 'journal.json'), JSON.stringify({ version: 2, entries: [], createdDirs: [] }));
  }
  const ROLLED_BACK = 'remediate: an interrupted apply was rolled back (0 file operations undone); the code base is as it was before that phase\n';

  it.each([[['verify']], [['run', 'phase-1', '--dry-run']]])('%j rolls it back and says so', async (args) => {
    const root = project();
    interrupted(root);
    const r = await runCli(args, root);
    expect([r.code, r.stderr]).toEqual([0, ROLLED_BACK]);
    expect(fs.existsSync(path.join(root, 'code/.remediate'))).toBe(false);
  });

  it('a journal of another version is left alone and named (exit 3)', async () => {
    const root = project();
    const txn = path.join(root, 'code/.remediate/txn');
    fs.mkdirSync(txn, { recursive: true });
    fs.writeFileSync(path.join(txn, 'journal.json'), JSON.stringify({ version: 1, entries: [{ path: 'src/a.ts', tmp: 'new/0' }], createdDirs: [] }));
    const before = snapshotTree(root);
    const r = await runCli(['verify'], root);
    expect([r.code, r.stderr]).toEqual([3, 'remediate: .remediate/txn/journal.json is the journal of another version of remediate (1); finish or undo that apply with the version that wrote it\n']);
    expect(snapshotDiff(snapshotTree(root), before)).toEqual([]);
  });

  it('`run PHASE` that then writes the phase also says it rolled back an interrupted apply', async () => {
    const root = project();
    interrupted(root);
    const r = await runCli(['run', 'phase-1'], root);
    expect([r.code, r.stderr]).toEqual([0, ROLLED_BACK]);
  });

  // A writer killed after every rename (journal renamed to committed.json) but before it removed
  // .remediate/txn leaves a finished phase: recovery keeps the tree and says the phase is written.
  it('a finished apply whose clean-up was interrupted is not reported as "not started"', async () => {
    const root = project();
    expect((await runCli(['run', 'phase-1'], root)).code).toBe(0);
    // What the writer leaves just before its last rmSync: deleted files in old/, committed.json.
    const txn = path.join(root, 'code/.remediate/txn');
    fs.mkdirSync(path.join(txn, 'old'), { recursive: true });
    fs.writeFileSync(path.join(txn, 'old/0'), 'export const b = 1;');
    fs.writeFileSync(path.join(txn, 'committed.json'), '{}');
    const r = await runCli(['verify'], root);
    expect(r.stderr).toBe('remediate: the clean-up of a finished apply was interrupted and is now done; the phase is written\n');
  });
});

describe('the writer, on phases that reuse a path', () => {
  // A path vacated by one step and written by another is journaled once with its backup.
  it.each([
    ['a split into the path a move vacated', 'src/a.ts', '- move: src/a.ts\n        to: src/b.ts\n      - split: src/b.ts\n        extract: [Y]\n        to: src/a.ts'],
    ['a barrel regenerated where its old index was moved away', 'src/d/index.ts', '- move: src/d/index.ts\n        to: src/d/old.ts\n      - barrel: src/d'],
    ['a move onto the path an earlier move vacated', 'src/m.ts', '- move: src/m.ts\n        to: src/d/m.ts\n      - move: src/a.ts\n        to: src/m.ts'],
  ])('writes %s', async (_, vacated, steps) => {
    const plan = `version: 1\nname: v\nroot: code\nphases:\n  - id: phase-1\n    title: Vacate\n    steps:\n      ${steps}\n`;
    const root = writeTree({
      'remediate.yaml': plan,
      'code/src/a.ts': 'export const X = 1;\nexport interface Y { y: number }\n',
      'code/src/m.ts': "import { X, Y } from './a';\nexport const m: Y = { y: X };\n",
      'code/src/d/index.ts': "export * from './p';\n",
      'code/src/d/p.ts': 'export const p = 1;\n',
    });
    const r = await runCli(['run', 'phase-1'], root);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(fs.existsSync(path.join(root, 'code', vacated))).toBe(true);
  });
});
