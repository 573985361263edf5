import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import fg from 'fast-glob';
import { generatePyTree } from '../../bench/python/generate';

function snapshot(dir: string): Map<string, string> {
  const files = fg.sync('**/*', { cwd: dir, dot: true }).filter((f) => f !== '.bench-corpus.json').sort();
  return new Map(files.map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]));
}

describe('Python bench corpus', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'py-corpus-'));
  const dir = path.join(tmp, 'a');
  const tree = generatePyTree({ files: 260, seed: 11, dir });
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('writes exactly the asked number of .py files, plus the plan and pyrightconfig.json', () => {
    expect(fg.sync('**/*.py', { cwd: dir }).length).toBe(260);
    expect(fs.existsSync(path.join(dir, 'remediate.yaml'))).toBe(true);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'pyrightconfig.json'), 'utf8')).extraPaths).toEqual(['backend', 'backend/vendor']);
  });

  it('is deterministic: the same seed gives the same bytes, another seed other bytes', () => {
    const again = path.join(tmp, 'b');
    generatePyTree({ files: 260, seed: 11, dir: again });
    expect(snapshot(again)).toEqual(snapshot(dir));
    const other = path.join(tmp, 'c');
    generatePyTree({ files: 260, seed: 12, dir: other });
    expect(snapshot(other)).not.toEqual(snapshot(dir));
  });

  it('reuses a tree whose marker matches', () => {
    expect(generatePyTree({ files: 260, seed: 11, dir }).reused).toBe(true);
    expect(tree.reused).toBe(false);
  });

  it('plants every rule the plan enables, on distinct lines', () => {
    const rules = new Set(tree.planted.map((p) => p.rule));
    expect([...rules].sort()).toEqual(['AUDIENCE_BOUNDARY', 'BANNED_NAMING', 'HEADER_LAYER', 'LAYER_BOUNDARY', 'LEGACY_IMPORT', 'ORM_RUNTIME', 'UNRESOLVED_IMPORT']);
    const keys = tree.planted.map((p) => `${p.rule} ${p.file}:${p.line}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(tree.hubImporters).toBeGreaterThan(0);
  });

  it('every module imports under python3 with roots backend and backend/vendor', () => {
    const script = `
import importlib, os, sys
sys.path[:0] = ["backend", "backend/vendor"]
failed = []
count = 0
for dirpath, _dirs, files in os.walk("backend"):
    for f in files:
        if not f.endswith(".py"):
            continue
        rel = os.path.join(dirpath, f)
        inner = rel[len("backend/vendor/"):] if rel.startswith("backend/vendor/") else rel[len("backend/"):]
        name = inner[:-3].replace("/", ".")
        name = name[:-len(".__init__")] if name.endswith(".__init__") else name
        try:
            importlib.import_module(name)
            count += 1
        except Exception as err:
            failed.append(f"{name}: {err!r}")
print(count, len(failed))
print("\\n".join(failed[:5]))
`;
    const out = execFileSync('python3', ['-c', script], { cwd: dir, encoding: 'utf8' });
    expect(out.trim()).toBe('260 0');
  });
});
