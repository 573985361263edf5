/**
 * Seeded random Python programs for the differential test: every import form the lexer must find,
 * mixed with traps (import words in strings, comments and f-strings), TYPE_CHECKING blocks with
 * nested ifs and else branches, continuations, CRLF/CR line ends, tab indentation and a BOM.
 * Every program is valid Python 3.11, so the ast oracle can list what it holds.
 */



const MODULES = ['os', 'a.b', 'pkg.sub.mod', 'módulo', 'x_1.y2', 'typing', 'collections.abc'];
const NAMES = ['x', 'y', 'Name', 'ñame', 'events', 'patch', 'import_module', 'TYPE_CHECKING'];

/** Simple statements: `$m` a module, `$n` a name, `$r` a relative module, `$I` the indent unit. */
const SIMPLE = [
  'import $m',
  'import $m as $n',
  'import $m, $m as $n',
  'from $m import $n',
  'from $m import $n as $n, $n',
  'from . import $n',
  'from $r import $n',
  'from ..$m import $n',
  'from $m import *',
  'from $m import ($n,  # comment ( import x\n$I$n as $n,\n)',
  'from $m import (\n$I$n,\n$I# from x import y\n$I$n\n)',
  'from $m \\\n$I$Iimport $n, \\\n$I$I$n',
  'import $m, \\\n$I$m',
  'import $m; from $m import $n; x = 1',
  'x = "import os"; import $m',
  'x = "😀 ñ"; import $m',
  's = """\nimport fake\nfrom fake import x\n"""',
  "s = '''from x import y'''  # import z",
  '# import commented\npass',
  'x = f"{y!r:>{w}} import {z}"',
  "x = f'{f\"{y}\"} import'",
  'x = f"{{import os}} {a[\'k\']:{w}.{p}}"',
  'x = rb"\\"" + b\'import\'',
  "x = r'import \\' from'",
  'x = importlib.import_module("$m")',
  "x = importlib.import_module('$r', __package__)",
  'x = import_module($n)',
  'x = import_module(f"{$n}.mod")',
  'x = import_module("a" + $n)',
  'x = import_module("a" "b")',
  'x = __import__("$m", fromlist=["$n"])',
  'x = __import__(name=$n)',
  'pytest.importorskip("$m")',
  'pytest.register_assert_rewrite("$m")',
  'x = obj.import_module("$m")',
  'x = obj.patch("$m.X")',
  'x = patch.object($n, "$n")',
  'x = patch("$m.X", new=import_module("$m"))',
  'x = mock.patch.dict("$m.D", {"k": 1})',
  'x = unittest.mock.patch("$m.X")',
  'monkeypatch.setattr("$m.X", 1)',
  'monkeypatch.setattr($n, "$n", 1)',
  'monkeypatch.delattr("nodot")',
  'y = x if TYPE_CHECKING else z',
  'x = (\n$Iimport_module("$m")\n)',
  'raise X from $n',
  'x = [i for i in y if TYPE_CHECKING]',
  'x = "unterminated \\\n$Iimport continued"',
];

/** One generated program, its pieces chosen by `random`. */
export function generateProgram(random: () => number): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const unit = random() < 0.2 ? '\t' : pick(['    ', '  ']);
  const fill = (template: string, indent: string): string =>
    template
      .replace(/\$m/g, () => pick(MODULES))
      .replace(/\$n/g, () => pick(NAMES))
      .replace(/\$r/g, () => pick(['.', '..', '.sub', '...pkg.m']))
      .replace(/\n/g, '\n' + indent)
      .replace(/\$I/g, unit);
  const block = (indent: string, depth: number): string[] => {
    const lines: string[] = [];
    const count = 1 + Math.floor(random() * 4);
    for (let i = 0; i < count; i++) {
      const roll = random();
      if (depth < 4 && roll < 0.3) lines.push(...compound(indent, depth));
      else lines.push(indent + fill(pick(SIMPLE), indent));
    }
    return lines;
  };
  const compound = (indent: string, depth: number): string[] => {
    const inner = indent + unit;
    const body = (): string[] => block(inner, depth + 1);
    switch (Math.floor(random() * 9)) {
      case 0:
        return [indent + 'if TYPE_CHECKING:', ...body(), ...(random() < 0.5 ? [indent + 'else:', ...body()] : [])];
      case 1:
        return [indent + pick(['if typing.TYPE_CHECKING:', 'if t.TYPE_CHECKING:', 'if not TYPE_CHECKING:']), ...body()];
      case 2:
        return [indent + 'if x:', ...body(), indent + 'elif TYPE_CHECKING:', ...body(), indent + 'else:', ...body()];
      case 3:
        return [indent + 'if TYPE_CHECKING: ' + fill(pick(SIMPLE.slice(0, 9)), indent)];
      case 4:
        return [indent + 'def f(a=1):', inner + '"""Docstring: import os."""', ...body()];
      case 5:
        return [indent + 'class C(Base):', ...body(), '', '# a comment at column 0', indent + unit + 'pass'];
      case 6:
        return [indent + 'try:', ...body(), indent + 'except ImportError:', ...body()];
      case 7:
        return [indent + '@patch("pkg.mod.X")', indent + 'def test(m):', ...body()];
      default:
        return [indent + 'with patch("a.b.X"), mock.patch.dict("c.d.E", {}):', ...body()];
    }
  };
  const text = block('', 0).join('\n') + '\n';
  const newline = pick(['\n', '\n', '\r\n', '\r']);
  return (random() < 0.1 ? '\ufeff' : '') + (newline === '\n' ? text : text.replace(/\n/g, newline));
}
