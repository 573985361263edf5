import { readToml, TomlSyntaxError, tomlGet } from '../../src/lang/python/toml-keys';

describe('readToml', () => {
  it('reads tables, dotted and quoted keys, inline tables, arrays, comments and all string kinds', () => {
    const text = [
      '# a comment',
      'title = "a \\"quoted\\" \\u00e9 name"  # trailing',
      "path = 'C:\\raw'",
      'multi = """',
      'one\\',
      '   two"""',
      "lit = '''x''' ",
      'n = 3',
      'ok = true',
      '[tool.setuptools]',
      'package-dir = { "" = "src", "extra.pkg" = "lib/extra" }',
      '[ tool . "poetry" ]',
      'packages = [',
      '  { include = "a", from = "src" },  # first',
      '  { include = "b" }',
      ']',
      '[[tool.x.items]]',
      'k = 1',
      '[[tool.x.items]]',
      'k = [ [1, 2], [] ]',
      '[tool.setuptools.packages.find]',
      'where = ["src"]',
    ].join('\n');
    expect(readToml(text)).toEqual({
      title: 'a "quoted" é name',
      path: 'C:\\raw',
      multi: 'onetwo',
      lit: 'x',
      n: '3',
      ok: 'true',
      tool: {
        setuptools: { 'package-dir': { '': 'src', 'extra.pkg': 'lib/extra' }, packages: { find: { where: ['src'] } } },
        poetry: { packages: [{ include: 'a', from: 'src' }, { include: 'b' }] },
        x: { items: [{ k: '1' }, { k: [['1', '2'], []] }] },
      },
    });
  });

  it('finds a value by key path, undefined when a step is missing or not a table', () => {
    const doc = readToml('[a.b]\nc = "d"\n');
    expect([tomlGet(doc, 'a', 'b', 'c'), tomlGet(doc, 'a', 'x', 'c'), tomlGet(doc, 'a', 'b', 'c', 'd')]).toEqual(['d', undefined, undefined]);
  });

  it.each([
    ['x = "open', 1, 5, 'unterminated string'],
    ['[a\nb = 1', 1, 3, "expected ']'"],
    ['a = [1 2]', 1, 8, "expected ',' or ']'"],
    ['a = 1 b = 2', 1, 7, 'expected the end of the line'],
    ['\n= 1', 2, 1, 'expected a key'],
    ['a = "\\q"', 1, 6, 'bad escape'],
  ])('refuses %j at %i:%i', (text, line, column, reason) => {
    expect(() => readToml(text)).toThrow(new TomlSyntaxError(line, column, reason));
    try {
      readToml(text);
    } catch (e) {
      expect({ line: (e as TomlSyntaxError).line, column: (e as TomlSyntaxError).column, reason: (e as TomlSyntaxError).reason }).toEqual({ line, column, reason });
    }
  });
});
