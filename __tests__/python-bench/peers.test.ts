import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import fg from 'fast-glob';
import { generatePyTree } from '../../bench/python/generate';
import { PY_LEGACY_SOURCE, PY_LEGACY_TARGET } from '../../bench/python/corpus/layout';
import { libcstRename, ropeMove } from '../../bench/python/sides';
import { changedPyFiles } from '../../bench/python/typecheck';

const IMPORT_ALL = `
import importlib, os, sys
sys.path[:0] = ["backend", "backend/vendor"]
bad = []
for dirpath, _dirs, files in os.walk("backend"):
    for f in files:
        if f.endswith(".py"):
            rel = os.path.join(dirpath, f)
            inner = rel[len("backend/vendor/"):] if rel.startswith("backend/vendor/") else rel[len("backend/"):]
            name = inner[:-3].replace("/", ".")
            name = name[:-len(".__init__")] if name.endswith(".__init__") else name
            try:
                importlib.import_module(name)
            except Exception as err:
                bad.append(f"{name}: {err!r}")
print(len(bad), *bad[:3])
`;

/** Import lines (`from`/`import`, indented or not) naming `module` or a module below it, as `file: line`. */
function importLines(dir: string, module: string): string[] {
  const names = new RegExp(`^\\s*(from|import)\\s+${module.replace(/\./g, '\\.')}\\b`);
  return fg.sync('**/*.py', { cwd: dir }).sort().flatMap((f) =>
    fs.readFileSync(path.join(dir, f), 'utf8').split('\n').filter((l) => names.test(l)).map((l) => `${f}: ${l}`));
}

describe('Python bench writers', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'py-peers-'));
  const corpus = path.join(tmp, 'corpus');
  const tree = generatePyTree({ files: 220, seed: 9, dir: corpus });
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('rope moves the hub package into the destination package and repoints its importers', async () => {
    const copy = path.join(tmp, 'rope');
    execFileSync('cp', ['-r', corpus, copy]);
    const result = await ropeMove(copy, tree.hubFolder, tree.moveDest, ['backend', 'backend/vendor'], 600_000);
    expect(result.error).toBeUndefined();
    expect(fs.existsSync(path.join(copy, tree.hubFolder))).toBe(false);
    expect(fs.existsSync(path.join(copy, tree.moveTo, '__init__.py'))).toBe(true);
    const oldModule = tree.hubFolder.replace(/^backend\//, '').replace(/\//g, '.');
    // rope repoints every import it runs, but not those under `if TYPE_CHECKING:` (indented): pyright counts what it leaves.
    expect(importLines(corpus, oldModule).filter((l) => !/: {4}/.test(l)).length).toBeGreaterThan(0);
    expect(importLines(copy, oldModule).filter((l) => !/: {4}/.test(l))).toEqual([]);
    expect(execFileSync('python3', ['-c', IMPORT_ALL], { cwd: copy, encoding: 'utf8' }).trim()).toBe('0');
    expect(await changedPyFiles(corpus, copy)).toBeGreaterThan(tree.hubImporters);
  }, 600_000);

  it('libcst renames the legacy namespace everywhere', async () => {
    const copy = path.join(tmp, 'libcst');
    execFileSync('cp', ['-r', corpus, copy]);
    const importers = new Set(importLines(corpus, PY_LEGACY_SOURCE).map((l) => l.split(':')[0]));
    expect(importers.size).toBeGreaterThan(0);
    const target = PY_LEGACY_TARGET.replace(/^backend\//, '').replace(/\//g, '.');
    const result = await libcstRename(copy, PY_LEGACY_SOURCE, target, 600_000);
    expect(result.error).toBeUndefined();
    expect(importLines(copy, PY_LEGACY_SOURCE)).toEqual([]);
    expect(await changedPyFiles(corpus, copy)).toBe(importers.size);
    expect(execFileSync('python3', ['-c', IMPORT_ALL], { cwd: copy, encoding: 'utf8' }).trim()).toBe('0');
  }, 600_000);
});
