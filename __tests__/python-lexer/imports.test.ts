import { lexPythonImports, PyImport } from '../../src/lang/python/imports';

/** A record with its offsets shown as the text they cover (`at`: start..end, `stmt`: the statement). */
function show(text: string, r: PyImport): Record<string, unknown> {
  const shown: Record<string, unknown> = { kind: r.kind, specifier: r.specifier, at: text.slice(r.start, r.end), stmt: text.slice(r.stmtStart, r.stmtEnd), line: r.line, column: r.column, typeOnly: r.typeOnly };
  if (r.namespace !== undefined) shown.namespace = r.namespace;
  if (r.names !== undefined) shown.names = r.names.map((n) => (n.alias === undefined ? n.name : `${n.name} as ${n.alias}`) + (n.typeOnly ? ' (type)' : ''));
  if (r.star !== undefined) shown.star = r.star;
  return shown;
}

function lex(text: string): Record<string, unknown>[] {
  return lexPythonImports(text).imports.map((r) => show(text, r));
}

/** Just `kind specifier line:column [T]` per record, for the cases about which records exist. */
function brief(text: string): string[] {
  return lexPythonImports(text).imports.map((r) => `${r.kind} ${r.specifier} ${r.line}:${r.column}${r.typeOnly ? ' T' : ''}`);
}

describe('import statements', () => {
  it('import with dotted names, aliases and several modules', () => {
    const text = 'import a.b.c\nimport a.b as c, d\n';
    expect(lex(text)).toEqual([
      { kind: 'import', specifier: 'a.b.c', at: 'a.b.c', stmt: 'import a.b.c', line: 1, column: 8, typeOnly: false },
      { kind: 'import', specifier: 'a.b', at: 'a.b', stmt: 'import a.b as c, d', line: 2, column: 8, typeOnly: false, namespace: 'c' },
      { kind: 'import', specifier: 'd', at: 'd', stmt: 'import a.b as c, d', line: 2, column: 18, typeOnly: false },
    ]);
  });

  it('from M import names: one from record, then one submodule record per name', () => {
    const text = 'from a.b import c, d as e\n';
    expect(lex(text)).toEqual([
      { kind: 'from', specifier: 'a.b', at: 'a.b', stmt: 'from a.b import c, d as e', line: 1, column: 6, typeOnly: false, names: ['c', 'd as e'] },
      { kind: 'submodule', specifier: 'a.b.c', at: 'c', stmt: 'from a.b import c, d as e', line: 1, column: 17, typeOnly: false },
      { kind: 'submodule', specifier: 'a.b.d', at: 'd', stmt: 'from a.b import c, d as e', line: 1, column: 20, typeOnly: false },
    ]);
  });

  it('relative and star imports', () => {
    const text = 'from . import x\nfrom ..drivers import events\nfrom ... import y\nfrom x import *\n';
    expect(lex(text)).toEqual([
      { kind: 'from', specifier: '.', at: '.', stmt: 'from . import x', line: 1, column: 6, typeOnly: false, names: ['x'] },
      { kind: 'submodule', specifier: '.x', at: 'x', stmt: 'from . import x', line: 1, column: 15, typeOnly: false },
      { kind: 'from', specifier: '..drivers', at: '..drivers', stmt: 'from ..drivers import events', line: 2, column: 6, typeOnly: false, names: ['events'] },
      { kind: 'submodule', specifier: '..drivers.events', at: 'events', stmt: 'from ..drivers import events', line: 2, column: 23, typeOnly: false },
      { kind: 'from', specifier: '...', at: '...', stmt: 'from ... import y', line: 3, column: 6, typeOnly: false, names: ['y'] },
      { kind: 'submodule', specifier: '...y', at: 'y', stmt: 'from ... import y', line: 3, column: 17, typeOnly: false },
      { kind: 'from', specifier: 'x', at: 'x', stmt: 'from x import *', line: 4, column: 6, typeOnly: false, star: true },
    ]);
  });

  it('parenthesised names over lines, with comments and a trailing comma', () => {
    const text = 'from m import (  # why ( import z\n    a,\n    # from q import r\n    b as c,\n)\nx = 1\n';
    const stmt = text.slice(0, text.indexOf(')') + 1);
    expect(lex(text)).toEqual([
      { kind: 'from', specifier: 'm', at: 'm', stmt, line: 1, column: 6, typeOnly: false, names: ['a', 'b as c'] },
      { kind: 'submodule', specifier: 'm.a', at: 'a', stmt, line: 2, column: 5, typeOnly: false },
      { kind: 'submodule', specifier: 'm.b', at: 'b', stmt, line: 4, column: 5, typeOnly: false },
    ]);
  });

  it('backslash continuations, blanks inside dotted names, and ;-separated statements', () => {
    const text = 'from a . b \\\n    import c\nimport x, \\\n  y; from z import w; q = 1\n';
    expect(lex(text)).toEqual([
      { kind: 'from', specifier: 'a.b', at: 'a . b', stmt: 'from a . b \\\n    import c', line: 1, column: 6, typeOnly: false, names: ['c'] },
      { kind: 'submodule', specifier: 'a.b.c', at: 'c', stmt: 'from a . b \\\n    import c', line: 2, column: 12, typeOnly: false },
      { kind: 'import', specifier: 'x', at: 'x', stmt: 'import x, \\\n  y', line: 3, column: 8, typeOnly: false },
      { kind: 'import', specifier: 'y', at: 'y', stmt: 'import x, \\\n  y', line: 4, column: 3, typeOnly: false },
      { kind: 'from', specifier: 'z', at: 'z', stmt: 'from z import w', line: 4, column: 11, typeOnly: false, names: ['w'] },
      { kind: 'submodule', specifier: 'z.w', at: 'w', stmt: 'from z import w', line: 4, column: 20, typeOnly: false },
    ]);
  });

  it('imports inside functions, classes, try/except and if blocks, at any indentation', () => {
    const text = 'def f():\n    import a\nclass C:\n  if x:\n        import b\ntry:\n\timport c\nexcept ImportError:\n\tc = None\n';
    expect(brief(text)).toEqual(['import a 2:12', 'import b 5:16', 'import c 7:9']);
  });

  it('yield from and raise from are not imports', () => {
    expect(brief('def g():\n    yield from importlib.import_module("a")\n    raise X from e\n')).toEqual(['dynamic a 2:40']);
  });
});

describe('TYPE_CHECKING blocks', () => {
  it('cover nested blocks and end at the first line indented no deeper than the if', () => {
    const text = [
      'from typing import TYPE_CHECKING',
      'if TYPE_CHECKING:',
      '    import a',
      '',
      '# a comment at column 0 does not end the block',
      '    if x:',
      '        import b',
      '    import c',
      'else:',
      '    import d',
      'import e',
      '',
    ].join('\n');
    expect(brief(text)).toEqual(['from typing 1:6', 'submodule typing.TYPE_CHECKING 1:20', 'import a 3:12 T', 'import b 7:16 T', 'import c 8:12 T', 'import d 10:12', 'import e 11:8']);
  });

  it('typing.TYPE_CHECKING and any alias, elif, but not `if not`', () => {
    const text = 'if typing.TYPE_CHECKING:\n    import a\nif t.TYPE_CHECKING:\n    import b\nif x:\n    import c\nelif TYPE_CHECKING:\n    import d\nelse:\n    import e\nif not TYPE_CHECKING:\n    import f\n';
    expect(brief(text)).toEqual(['import a 2:12 T', 'import b 4:12 T', 'import c 6:12', 'import d 8:12 T', 'import e 10:12', 'import f 12:12']);
  });

  it('the single-line form lasts to the end of its line, and blocks inside functions use their indentation', () => {
    const text = 'if TYPE_CHECKING: import a; from b import c\nimport d\ndef f():\n\tif TYPE_CHECKING:\n\t\timport e\n\timport f\n';
    expect(brief(text)).toEqual(['import a 1:26 T', 'from b 1:34 T', 'submodule b.c 1:43 T', 'import d 2:8', 'import e 5:10 T', 'import f 6:9']);
    expect(lexPythonImports(text).imports[1].names).toEqual([{ name: 'c', alias: undefined, typeOnly: true }]);
  });

  it('dynamic imports and mocks under TYPE_CHECKING are type-only too', () => {
    expect(brief('if TYPE_CHECKING:\n    m = import_module("a")\n')).toEqual(['dynamic a 2:23 T']);
  });
});

describe('dynamic imports', () => {
  it('records string literals and notes the calls whose argument is not one', () => {
    const text = [
      'importlib.import_module("a.b")',
      "import_module('.c', __package__)",
      '__import__(r"d", fromlist=["x"])',
      'pytest.importorskip("numpy")',
      'pytest.register_assert_rewrite("pkg.helpers")',
      'importlib.import_module(f"a.{b}")',
      '__import__("a" + b)',
      'import_module("a" "b")',
      'import_module(name)',
      'x.import_module("no")',
      'def import_module(name): pass',
      '',
    ].join('\n');
    expect(lex(text)).toEqual([
      { kind: 'dynamic', specifier: 'a.b', at: '"a.b"', stmt: 'importlib.import_module("a.b")', line: 1, column: 25, typeOnly: false },
      { kind: 'dynamic', specifier: '.c', at: "'.c'", stmt: "import_module('.c', __package__)", line: 2, column: 15, typeOnly: false },
      { kind: 'dynamic', specifier: 'd', at: 'r"d"', stmt: '__import__(r"d", fromlist=["x"])', line: 3, column: 12, typeOnly: false },
      { kind: 'dynamic', specifier: 'numpy', at: '"numpy"', stmt: 'pytest.importorskip("numpy")', line: 4, column: 21, typeOnly: false },
      { kind: 'dynamic', specifier: 'pkg.helpers', at: '"pkg.helpers"', stmt: 'pytest.register_assert_rewrite("pkg.helpers")', line: 5, column: 32, typeOnly: false },
    ]);
    expect(lexPythonImports(text).nonLiteral).toEqual([
      { line: 6, column: 1, call: 'importlib.import_module' },
      { line: 7, column: 1, call: '__import__' },
      { line: 8, column: 1, call: 'import_module' },
      { line: 9, column: 1, call: 'import_module' },
    ]);
  });
});

describe('mock targets', () => {
  it('patch in every spelling, decorators and with, patch.dict, and monkeypatch with a dotted string', () => {
    const text = [
      '@patch("a.b.X")',
      '@mock.patch("a.b.Y", new=1)',
      'def test(monkeypatch):',
      '    with unittest.mock.patch("c.d.Z"), patch.dict("e.D", {"k": 1}):',
      '        mock.patch.dict("f.G", {})',
      '        monkeypatch.setattr("g.h.I", 1)',
      '        monkeypatch.delattr("g.h.J")',
      '        monkeypatch.setattr(obj, "name", 1)',
      '        monkeypatch.setattr("nodot", 1)',
      '        patch.object(obj, "x")',
      '        obj.patch("not.a.target")',
      '',
    ].join('\n');
    expect(brief(text)).toEqual(['mock a.b.X 1:8', 'mock a.b.Y 2:13', 'mock c.d.Z 4:30', 'mock e.D 4:51', 'mock f.G 5:25', 'mock g.h.I 6:29', 'mock g.h.J 7:29']);
    expect(lex(text)[3]).toEqual({ kind: 'mock', specifier: 'e.D', at: '"e.D"', stmt: 'patch.dict("e.D", {"k": 1})', line: 4, column: 51, typeOnly: false });
    expect(lexPythonImports(text).nonLiteral).toEqual([]);
  });
});

describe('strings and comments are never imports', () => {
  it('skips strings of every prefix and quote, docstrings and comments', () => {
    const text = [
      '"""Module docstring.',
      'import fake',
      '"""',
      "s = 'import a' + \"from b import c\" + '''import d''' + r'\\' import e' + rb\"\\\" import f\" + U'import g'",
      '# from h import i',
      "x = Rb'import j'; y = bR'''",
      "import k'''",
      'import real',
      '',
    ].join('\n');
    expect(brief(text)).toEqual(['import real 8:8']);
  });

  it('skips f-strings with nested quotes, nested braces, {{ escapes and nested format specs (Python 3.12)', () => {
    const text = [
      'a = f"{x["import b"]} import c"',
      "d = f'{f\"{y} import e\"}'",
      'g = f"{{import h}} {x:{w}} {z!r:>{n}.{p}} import i"',
      'j = F"""{',
      '  "import k"',
      '}""" ; import real1',
      'l = rf"\\{m} import n" ; import real2',
      'o = f"\\N{DASH} import p" ; import real3',
      '',
    ].join('\n');
    expect(brief(text)).toEqual(['import real1 6:15', 'import real2 7:32', 'import real3 8:35']);
  });

  it('recovers from unterminated strings at the end of their line', () => {
    const text = 's = "unterminated\nimport a\nt = f"{unclosed\nimport b\nu = (\nimport c\n';
    expect(brief(text)).toEqual(['import a 2:8', 'import b 4:8', 'import c 6:8']);
  });

  it('never throws on garbage', () => {
    for (const text of ['"""', "f'{", 'from', 'from .', 'import', 'import a.', 'from a import (', '\\', ')))', 'f"{x:{"', 'if TYPE_CHECKING', 'patch(', 'import_module(', '\ufeff']) {
      expect(() => lexPythonImports(text)).not.toThrow();
    }
    expect(brief('from a import (\n')).toEqual(['from a 1:6']);
  });
});

describe('line ends, BOM, tabs and non-ASCII text', () => {
  it('counts CRLF and CR line ends as one line each', () => {
    expect(brief('import a\r\nimport b\rimport c\n\r\nimport d')).toEqual(['import a 1:8', 'import b 2:8', 'import c 3:8', 'import d 5:8']);
    expect(brief('if TYPE_CHECKING:\r\n    import a\r\nimport b\r\n')).toEqual(['import a 2:12 T', 'import b 3:8']);
  });

  it('starts line 1 after a byte order mark', () => {
    const text = '\ufeffimport a\n';
    expect(lex(text)).toEqual([{ kind: 'import', specifier: 'a', at: 'a', stmt: 'import a', line: 1, column: 8, typeOnly: false }]);
  });

  it('counts columns in UTF-16 code units and reads non-ASCII names', () => {
    expect(brief('x = "😀"; import módulo.ñame as é\n')).toEqual(['import módulo.ñame 1:18']);
    expect(lexPythonImports('import módulo.ñame as é\n').imports[0].namespace).toBe('é');
  });

  it('expands tabs to the next multiple of 8 when comparing indentation', () => {
    expect(brief('if x:\n\tif TYPE_CHECKING:\n\t    import a\n\t        import b\n        import c\n')).toEqual(['import a 3:13 T', 'import b 4:17 T', 'import c 5:16']);
  });
});

describe('record shape', () => {
  it('every record has the index slots empty', () => {
    const [record] = lexPythonImports('import a\n').imports;
    expect(Object.keys(record)).toEqual(['kind', 'specifier', 'start', 'end', 'stmtStart', 'stmtEnd', 'line', 'column', 'typeOnly', 'namespace', 'names', 'star', 'file', 'resolved']);
    expect([record.file, record.resolved]).toEqual(['', undefined]);
  });
});
