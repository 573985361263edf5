import { loadPythonParser as loadGrammar, parsePython } from '../../src/lang/python/parser';

const parse = (text: string) => parsePython(text).rootNode;
import { closeEnumClasses, isEnumClass, moduleFacts, withEnumClasses } from '../../src/lang/python/declarations';

function kinds(text: string): [string, string][] {
  return moduleFacts(text, parse(text)).declarations.map((decl) => [decl.names.join(','), decl.kind]);
}

describe('declaration kinds', () => {
  beforeAll(loadGrammar);

  it('tells enums, dataclasses, classes, functions, constants, variables and type aliases apart', () => {
    const text = [
      'class Color(Enum): pass',
      'class Perm(enum.IntFlag): pass',
      'class Shade(Color): pass',
      'class Tint(Shade, metaclass=Meta): pass',
      'class Plain(Base): pass',
      '@dataclasses.dataclass',
      'class P: pass',
      '@dataclass(frozen=True, slots=True)',
      'class Q: pass',
      '@register',
      'class R: pass',
      'def f(): pass',
      'async def g(): pass',
      '@functools.cache',
      'def h(): pass',
      'A_B = 1',
      'A, B2 = 1, 2',
      'C = d = 1',
      'LIMIT: int = 10',
      'v: int',
      'Alias: typing.TypeAlias = int',
      'type Vector = list[float]',
      '',
    ].join('\n');
    expect(kinds(text)).toEqual([
      ['Color', 'enum'], ['Perm', 'enum'], ['Shade', 'enum'], ['Tint', 'enum'], ['Plain', 'class'],
      ['P', 'dataclass'], ['Q', 'dataclass'], ['R', 'class'],
      ['f', 'function'], ['g', 'function'], ['h', 'function'],
      ['A_B', 'constant'], ['A,B2', 'constant'], ['C,d', 'variable'], ['LIMIT', 'constant'], ['v', 'variable'],
      ['Alias', 'type-alias'], ['Vector', 'type-alias'],
    ]);
  });

  it('isEnumClass accepts stdlib enum bases, bare or qualified, and bases known to be enums elsewhere', () => {
    const text = 'class A(StrEnum): pass\nclass B(Status): pass\nclass C(models.Status): pass\nclass D(Base): pass\nclass E: pass\n';
    const classes = parse(text).namedChildren.filter((node) => node !== null);
    expect(classes.map((node) => isEnumClass(node, new Set(['Status'])))).toEqual([true, true, true, false, false]);
    expect(classes.map((node) => isEnumClass(node, new Set()))).toEqual([true, false, false, false, false]);
  });

  it('closes enum classes across modules by base name and re-kinds the subclasses', () => {
    const statuses = 'import enum\nclass Status(enum.Enum):\n    OK = 1\n';
    const levels = 'from .statuses import Status\nclass Level(Status): pass\nclass Other: pass\n';
    const more = 'from .levels import Level\nclass Severity(Level): pass\nclass Model(Base): pass\n';
    const modules = [statuses, levels, more].map((text) => moduleFacts(text, parse(text)));
    const enums = closeEnumClasses(modules);
    expect([...enums]).toEqual(['Status', 'Level', 'Severity']);
    expect(modules.map((facts) => withEnumClasses(facts, enums).declarations.map((decl) => [decl.names[0], decl.kind]))).toEqual([
      [['Status', 'enum']],
      [['Level', 'enum'], ['Other', 'class']],
      [['Severity', 'enum'], ['Model', 'class']],
    ]);
  });
});

describe('__all__ and exports', () => {
  beforeAll(loadGrammar);

  const exportsOf = (text: string): { all?: string[]; exported: string[] } => {
    const { all, exported } = moduleFacts(text, parse(text));
    return all === undefined ? { exported } : { all, exported };
  };

  it('takes a literal list or tuple, extended by literal +=', () => {
    expect(exportsOf('__all__ = ("b", \'a\')\ndef a(): pass\ndef b(): pass\n')).toEqual({ all: ['b', 'a'], exported: ['b', 'a'] });
    expect(exportsOf('__all__: list[str] = ["a"]\n__all__ += ["b"]\na = b = 1\n')).toEqual({ all: ['a', 'b'], exported: ['a', 'b'] });
  });

  it('falls back to public declarations when __all__ is absent or not a literal of strings', () => {
    const body = 'import os\nfrom x import y\nclass K: pass\n_hidden = 1\nn, _m = 1, 2\ndef f(): pass\nn = 3\n';
    expect(exportsOf(body)).toEqual({ exported: ['K', 'n', 'f'] });
    expect(exportsOf(`__all__ = names()\n${body}`)).toEqual({ exported: ['K', 'n', 'f'] });
    expect(exportsOf(`__all__ = ["K"]\n__all__ += other.__all__\n${body}`)).toEqual({ exported: ['K', 'n', 'f'] });
    expect(exportsOf(`__all__ = [f"{x}"]\n${body}`)).toEqual({ exported: ['K', 'n', 'f'] });
  });
});
