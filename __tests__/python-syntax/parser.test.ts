import { loadPythonParser, parsePython, pythonParserLoaded, pythonSyntaxError, withTree } from '../../src/lang/python/parser';

describe('the Python parser', () => {
  it('refuses to parse before it is loaded, then loads once for concurrent callers', async () => {
    expect(pythonParserLoaded()).toBe(false);
    expect(() => parsePython('x = 1\n')).toThrow('loadPythonParser() was not awaited');
    const a = loadPythonParser();
    const b = loadPythonParser();
    expect(a).toBe(b);
    await Promise.all([a, b]);
    expect(pythonParserLoaded()).toBe(true);
  });

  it('gives a tree, and withTree frees it', () => {
    const tree = parsePython('import os\nx = 1\n');
    expect(tree.rootNode.namedChildren.map((n) => n?.type)).toEqual(['import_statement', 'expression_statement']);
    tree.delete();
    expect(withTree('def f(): pass\n', (root) => root.firstNamedChild?.type)).toBe('function_definition');
  });

  it.each([
    ['a type alias (3.12)', 'type X = int\ntype Pair[T] = tuple[T, T]\n'],
    ['a match statement', 'match cmd:\n    case ["go", d] if d:\n        pass\n    case {"k": v}:\n        pass\n    case _:\n        pass\n'],
    ['nested f-strings', 'x = f"{a!r:>{width}} {f"{b}"}"\n'],
    ['the walrus', 'if (n := len(a)) > 10:\n    print(n)\n'],
    ['decorators', '@dataclass(frozen=True)\n@other.deco\nclass A:\n    x: int = 0\n'],
    ['async and generics', 'async def f[T](x: T) -> T:\n    async with a as b:\n        return await x\n'],
    ['a CRLF file with a BOM', '\ufeffimport os\r\nx = 1\r\n'],
    ['one-line blocks, semicolons and continuations', 'if a: x = 1; y = 2\nelse:\n    z = (1,\n  2)\n    w = 3 \\\n        + 4\n    # odd\n  # comment\n    v = 5\ntry:\n    pass\nfinally:\n    pass\n'],
    ['print called, a stub body', 'print("x", file=sys.stderr)\ndef f(): ...\nclass A:\n    pass\n'],
  ])('finds no error in %s', (_, text) => {
    expect(pythonSyntaxError(text)).toBeUndefined();
  });

  it.each([
    ['def f(:\n    pass\n', "1:7 missing ')'"],
    ['x = = 2\n', "1:5 unexpected '='"],
    ['print("a"\nprint(2)\n', "1:6 '(' was never closed"],
    ['x = [1, 2\ny = 3\n', "1:5 '[' was never closed"],
    ['return )\n', "1:8 unexpected ')'"],
    ['if x\n    pass\n', "1:5 missing ':'"],
    ['class A:\n  def f(self) pass\n', "2:14 missing ':'"],
    ['x = 1 +\n', "1:8 unexpected end of line after '+'"],
    ['import\n', "1:7 unexpected end of line after 'import'"],
    ['a b c\n', "1:3 unexpected 'b'"],
    ['def f():\nreturn 1\n', '1:9 expected an indented block'],
    ['é😀 = 1\n', "1:2 unexpected '😀'"],
    ['\ufeffx = = 2\r\n', "1:5 unexpected '='"],
    ['x = 1 +  # more\r\ny = 2\r\n', "1:8 unexpected end of line after '+'"],
    ['class A:\n    # nothing yet\n', '1:9 expected an indented block'],
    ['import sys\nprint "x"\n', "2:1 unexpected 'print' statement (Python 2; Python 3 calls print())"],
    ['def f():\n    x = 1\n   y = 2\n', '3:4 unindent does not match any outer indentation level'],
    ['x = 1\n  y = 2\n', '2:3 unexpected indent'],
    ['if a:\n    x = 1\n        y = 2\n', '3:9 unexpected indent'],
    ['try:\n    x = 1\ny = 2\n', "2:10 expected 'except' or 'finally' block"],
    ['def f():\n    try:\n        x = 1\n      except OSError:\n        pass\n', '4:7 unindent does not match any outer indentation level'],
    ['if a:\n    x = 1\n  else:\n    y = 2\n', '3:3 unindent does not match any outer indentation level'],
    ['if a:\n    x = 1\n      else:\n    y = 2\n', '3:7 unexpected indent'],
    ['exec "x = 1"\n', "1:1 unexpected 'exec' statement (Python 2; Python 3 calls exec())"],
  ])('reports the first error in %j', (text, message) => {
    expect(pythonSyntaxError(text)).toBe(message);
  });
});
