import * as fs from 'node:fs';
import { pythonFiles, pyrightErrors, unimportableModules } from '../helpers/python';
import { writeTree } from '../helpers/tree';

describe('python oracles', () => {
  const root = writeTree({
    'src/pkg/__init__.py': '',
    'src/pkg/good.py': 'from .typed import inc\n\nVALUE = inc(2)\n',
    'src/pkg/typed.py': 'def inc(n: int) -> int:\n    return n + 1\n\n\nBAD: int = inc("x")\n',
    'src/pkg/broken.py': 'from .missing import nothing\n',
    'lib/vendored.py': 'raise RuntimeError("boom")\n',
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('reports each module python3 cannot import, with its error, and writes no __pycache__', () => {
    expect(unimportableModules(root, ['src', 'lib'])).toEqual([
      { module: 'pkg.broken', error: "ModuleNotFoundError: No module named 'pkg.missing'" },
      { module: 'pkg.good', error: 'TypeError: can only concatenate str (not "int") to str' },
      { module: 'pkg.typed', error: 'TypeError: can only concatenate str (not "int") to str' },
      { module: 'vendored', error: 'RuntimeError: boom' },
    ]);
    expect(pythonFiles(root)).toEqual(['lib/vendored.py', 'src/pkg/__init__.py', 'src/pkg/broken.py', 'src/pkg/good.py', 'src/pkg/typed.py']);
    expect(fs.existsSync(`${root}/src/pkg/__pycache__`)).toBe(false);
  });

  it("reports pyright's errors with root-relative file, 1-based line and rule", () => {
    const errors = pyrightErrors(root, ['src', 'lib']);
    expect(errors.map(({ file, line, rule }) => ({ file, line, rule }))).toEqual([
      { file: 'src/pkg/broken.py', line: 1, rule: 'reportMissingImports' },
      { file: 'src/pkg/typed.py', line: 5, rule: 'reportArgumentType' },
    ]);
    expect(errors[1].message).toContain('"Literal[\'x\']" is not assignable to "int"');
  }, 180_000);
});
