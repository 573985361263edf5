import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyChanges, recoverInterruptedApply } from '../../src/changeset/apply';
import { renderPatch } from '../../src/changeset/diff';
import { Workspace } from '../../src/workspace/workspace';
import { readTree, writeTree } from '../helpers/tree';

const FILES = {
  'src/a.ts': 'export const a = 1;\n',
  'src/old/b.ts': 'export const b = 2;\n',
  'src/c.ts': 'export const c = 3;\n',
};

/** Stages: edit a.ts, move old/b.ts to new/deep/b.ts (with an edit), delete c.ts, add d.ts. */
function stage(root: string) {
  const ws = Workspace.open(root);
  ws.overlay.write('src/a.ts', 'export const a = 10;\n');
  ws.overlay.move('src/old/b.ts', 'src/new/deep/b.ts');
  ws.overlay.write('src/new/deep/b.ts', 'export const b = 20;\n');
  ws.overlay.remove('src/c.ts');
  ws.overlay.write('src/d.ts', 'export const d = 4;\n');
  return ws.overlay.changes();
}

const AFTER = {
  'src/a.ts': 'export const a = 10;\n',
  'src/d.ts': 'export const d = 4;\n',
  'src/new/deep/b.ts': 'export const b = 20;\n',
};

describe('applyChanges', () => {
  it('writes every change and leaves no journal or emptied folder behind', () => {
    const root = writeTree(FILES);
    applyChanges(root, stage(root));
    expect(readTree(root)).toEqual(AFTER);
    expect(fs.existsSync(path.join(root, 'src/old'))).toBe(false);
  });

  it('keeps file modes across edits and moves', () => {
    const root = writeTree(FILES);
    fs.chmodSync(path.join(root, 'src/old/b.ts'), 0o755);
    fs.chmodSync(path.join(root, 'src/a.ts'), 0o600);
    applyChanges(root, stage(root));
    expect(fs.statSync(path.join(root, 'src/new/deep/b.ts')).mode & 0o777).toBe(0o755);
    expect(fs.statSync(path.join(root, 'src/a.ts')).mode & 0o777).toBe(0o600);
  });

  it.each([1, 2, 3, 4, 5])('rolls back to a byte-identical tree when write %i fails', (n) => {
    const root = writeTree(FILES);
    const changes = stage(root);
    expect(() => applyChanges(root, changes, { failAt: n })).toThrow(`writing the phase failed and was rolled back: injected failure at write ${n}`);
    expect(readTree(root)).toEqual(FILES);
  });

  it('refuses to overwrite a file edited since it was staged', () => {
    const root = writeTree(FILES);
    const changes = stage(root);
    fs.writeFileSync(path.join(root, 'src/a.ts'), 'export const a = 99;\n');
    expect(() => applyChanges(root, changes)).toThrow('src/a.ts changed on disk while the phase was staged; nothing was written');
    expect(readTree(root)).toEqual({ ...FILES, 'src/a.ts': 'export const a = 99;\n' });
  });

  it('refuses to write through a symbolic link that leads out of root', () => {
    const outside = writeTree({ 'x.ts': 'outside\n' });
    const root = writeTree(FILES);
    fs.symlinkSync(outside, path.join(root, 'src/link'));
    const ws = Workspace.open(root);
    ws.overlay.write('src/link/x.ts', 'pwned\n');
    expect(() => applyChanges(root, ws.overlay.changes())).toThrow('refusing to write through a symbolic link: src/link (in src/link/x.ts)');
    expect(fs.readFileSync(path.join(outside, 'x.ts'), 'utf8')).toBe('outside\n');
  });
});

describe('recoverInterruptedApply', () => {
  it.each([1, 2, 3, 4, 5])('after a SIGKILL at write %i, the next open restores the tree before the phase', (n) => {
    const root = writeTree(FILES);
    const script = `
      const { Workspace } = require(${JSON.stringify(path.resolve('dist/src/workspace/workspace'))});
      const { applyChanges } = require(${JSON.stringify(path.resolve('dist/src/changeset/apply'))});
      const ws = Workspace.open(${JSON.stringify(root)});
      ws.overlay.write('src/a.ts', 'export const a = 10;\\n');
      ws.overlay.move('src/old/b.ts', 'src/new/deep/b.ts');
      ws.overlay.remove('src/c.ts');
      ws.overlay.write('src/d.ts', 'export const d = 4;\\n');
      applyChanges(${JSON.stringify(root)}, ws.overlay.changes(), { killAt: ${n} });`;
    let killed = false;
    try {
      execFileSync(process.execPath, ['-e', script], { stdio: 'pipe' });
    } catch (err) {
      killed = (err as { signal?: string }).signal === 'SIGKILL';
    }
    expect(killed).toBe(true);
    const recovery = recoverInterruptedApply(root);
    expect(recovery?.action).toBe('rolled-back');
    expect(readTree(root)).toEqual(FILES);
  });
});

describe('a phase with every kind of file operation', () => {
  const TREE = {
    'src/a.ts': 'a\n',
    'src/c.ts': 'c\n',
    'src/e.ts': 'e\n',
    'src/f.ts': 'f\n',
    'src/m.ts': 'm\n',
  };
  // m moves away and a takes its place; a's old path gets new text; e lands on c, which is deleted
  // first (c is vacated although no change deletes it); f is edited in place; g is created.
  const STAGE = `
    ws.overlay.move('src/m.ts', 'src/d/m.ts');
    ws.overlay.move('src/a.ts', 'src/m.ts');
    ws.overlay.write('src/a.ts', 'a2\\n');
    ws.overlay.remove('src/c.ts');
    ws.overlay.move('src/e.ts', 'src/c.ts');
    ws.overlay.write('src/f.ts', 'f2\\n');
    ws.overlay.write('src/new/g.ts', 'g\\n');`;
  const AFTER_ALL = { 'src/a.ts': 'a2\n', 'src/c.ts': 'e\n', 'src/d/m.ts': 'm\n', 'src/f.ts': 'f2\n', 'src/m.ts': 'a\n', 'src/new/g.ts': 'g\n' };
  /** vacate m, a, e, c; place d/m, m, c; create a, g; edit f. */
  const OPS = 10;

  function staged(root: string) {
    const ws = Workspace.open(root);
    new Function('ws', STAGE)(ws);
    return ws.overlay.changes();
  }

  it('writes the tree after the phase', () => {
    const root = writeTree(TREE);
    applyChanges(root, staged(root));
    expect(readTree(root)).toEqual(AFTER_ALL);
  });

  it.each(Array.from({ length: OPS + 1 }, (_, i) => i + 1))('a failure at operation %i leaves the tree as it was (past the last: as after)', (n) => {
    const root = writeTree(TREE);
    const changes = staged(root);
    if (n > OPS) {
      applyChanges(root, changes, { failAt: n });
      expect(readTree(root)).toEqual(AFTER_ALL);
      return;
    }
    expect(() => applyChanges(root, changes, { failAt: n })).toThrow(`injected failure at write ${n}`);
    expect(readTree(root)).toEqual(TREE);
  });

  it.each(Array.from({ length: OPS }, (_, i) => i + 1))('a SIGKILL at operation %i is rolled back by the next open', (n) => {
    const root = writeTree(TREE);
    const script = `
      const { Workspace } = require(${JSON.stringify(path.resolve('dist/src/workspace/workspace'))});
      const { applyChanges } = require(${JSON.stringify(path.resolve('dist/src/changeset/apply'))});
      const ws = Workspace.open(${JSON.stringify(root)});
      ${STAGE}
      applyChanges(${JSON.stringify(root)}, ws.overlay.changes(), { killAt: ${n} });`;
    expect(spawnSync(process.execPath, ['-e', script]).signal).toBe('SIGKILL');
    expect(recoverInterruptedApply(root)).toEqual({ action: 'rolled-back', files: OPS, message: `an interrupted apply was rolled back (${OPS} file operations undone); the code base is as it was before that phase` });
    expect(readTree(root)).toEqual(TREE);
  });
});

describe('renderPatch', () => {
  it('prints a git diff that git apply accepts, renames included', () => {
    const root = writeTree(FILES);
    const patch = renderPatch(stage(root));
    expect(patch).toBe(
      [
        'diff --git a/src/a.ts b/src/a.ts',
        '--- a/src/a.ts',
        '+++ b/src/a.ts',
        '@@ -1 +1 @@',
        '-export const a = 1;',
        '+export const a = 10;',
        'diff --git a/src/c.ts b/src/c.ts',
        'deleted file mode 100644',
        '--- a/src/c.ts',
        '+++ /dev/null',
        '@@ -1 +0,0 @@',
        '-export const c = 3;',
        'diff --git a/src/d.ts b/src/d.ts',
        'new file mode 100644',
        '--- /dev/null',
        '+++ b/src/d.ts',
        '@@ -0,0 +1 @@',
        '+export const d = 4;',
        'diff --git a/src/old/b.ts b/src/new/deep/b.ts',
        'similarity index 0%',
        'rename from src/old/b.ts',
        'rename to src/new/deep/b.ts',
        '--- a/src/old/b.ts',
        '+++ b/src/new/deep/b.ts',
        '@@ -1 +1 @@',
        '-export const b = 2;',
        '+export const b = 20;',
        '',
      ].join('\n'),
    );
    fs.writeFileSync(path.join(root, 'p.diff'), patch);
    execFileSync('git', ['apply', 'p.diff'], { cwd: root });
    fs.rmSync(path.join(root, 'p.diff'));
    expect(readTree(root)).toEqual(AFTER);
  });
});

describe('Overlay.changes', () => {
  it('keeps a file edited and then moved in one phase as a rename', () => {
    const root = writeTree(FILES);
    const ws = Workspace.open(root);
    ws.overlay.write('src/a.ts', 'export const a = 10;\n');
    ws.overlay.move('src/a.ts', 'lib/a.ts');
    expect(ws.overlay.changes().map(({ path: p, from, after }) => ({ p, from, after }))).toEqual([
      { p: 'lib/a.ts', from: 'src/a.ts', after: 'export const a = 10;\n' },
    ]);
  });
});
