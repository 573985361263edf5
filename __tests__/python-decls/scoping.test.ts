import { loadPythonParser as loadGrammar, parsePython } from '../../src/lang/python/parser';

const parse = (text: string) => parsePython(text).rootNode;
import { moduleFacts } from '../../src/lang/python/declarations';
import { lines } from './lines';

const MODULE = `import os
from . import sibling
from ..pkg.mod import helper as assist

__all__ = ["Config", "load"]

# detached comment

# attached comment one
# attached comment two
class Config:
    path = os.sep
    size = len(path)
    def read(self):
        return path
    squares = [size * i for i in range(3)]

x, y = 1, 2
a = b = 3
type Pair[T] = tuple[T, T]
Handler: TypeAlias = "Callable[[Config], None]"
_cache: dict[str, int] = {}
counter = 0

def load(name, *, default=None):
    global counter
    counter += 1
    def inner(value):
        return assist(value, name)
    key = lambda item, scale=x: item * scale + y
    return [inner(v) for v in sibling.values(name) if key(v)] or default

def _private():
    return _cache
`;

describe('moduleFacts scoping and shapes', () => {
  beforeAll(loadGrammar);

  it('resolves class bodies, comprehensions, lambdas, nested functions and global statements', () => {
    const facts = moduleFacts(MODULE, parse(MODULE));
    expect(facts.declarations).toEqual([
      { names: ['__all__'], kind: 'variable', ...lines(MODULE, 5), line: 5, uses: [], annotationOnlyUses: [], public: false },
      // `path` in read() and `size` in the comprehension skip the class body and reach the module.
      { names: ['Config'], kind: 'class', bases: [], ...lines(MODULE, 9, 16), line: 11, uses: ['os', 'len', 'path', 'size', 'range'], annotationOnlyUses: [], public: true },
      { names: ['x', 'y'], kind: 'variable', ...lines(MODULE, 18), line: 18, uses: [], annotationOnlyUses: [], public: true },
      { names: ['a', 'b'], kind: 'variable', ...lines(MODULE, 19), line: 19, uses: [], annotationOnlyUses: [], public: true },
      { names: ['Pair'], kind: 'type-alias', ...lines(MODULE, 20), line: 20, uses: ['tuple'], annotationOnlyUses: [], public: true },
      { names: ['Handler'], kind: 'type-alias', ...lines(MODULE, 21), line: 21, uses: ['TypeAlias', 'Callable', 'Config'], annotationOnlyUses: ['TypeAlias', 'Callable', 'Config'], public: true },
      { names: ['_cache'], kind: 'variable', ...lines(MODULE, 22), line: 22, uses: ['dict', 'str', 'int'], annotationOnlyUses: ['dict', 'str', 'int'], public: false },
      { names: ['counter'], kind: 'variable', ...lines(MODULE, 23), line: 23, uses: [], annotationOnlyUses: [], public: true },
      { names: ['load'], kind: 'function', ...lines(MODULE, 25, 31), line: 25, uses: ['counter', 'assist', 'x', 'y', 'sibling'], annotationOnlyUses: [], public: true },
      { names: ['_private'], kind: 'function', ...lines(MODULE, 33, 34), line: 33, uses: ['_cache'], annotationOnlyUses: [], public: false },
    ]);
  });

  it('reads relative imports with their level and exports __all__', () => {
    const facts = moduleFacts(MODULE, parse(MODULE));
    expect(facts.imports).toEqual([
      { ...lines(MODULE, 1), binds: ['os'], module: 'os', level: 0, names: [{ name: 'os' }], typeOnly: false },
      { ...lines(MODULE, 2), binds: ['sibling'], module: '', level: 1, names: [{ name: 'sibling' }], typeOnly: false },
      { ...lines(MODULE, 3), binds: ['assist'], module: 'pkg.mod', level: 2, names: [{ name: 'helper', alias: 'assist' }], typeOnly: false },
    ]);
    expect(facts.all).toEqual(['Config', 'load']);
    expect(facts.exported).toEqual(['Config', 'load']);
    expect(facts.futureAnnotations).toBe(false);
    expect(facts.other).toEqual([]);
  });

  it('keeps statements that bind no plain name, loops, try, with and match as other statements', () => {
    const text = [
      'import typing',
      'os.environ["A"] = "1"',
      'REGISTRY += [1]',
      'for i in range(3):',
      '    TABLE[i] = i',
      'try:',
      '    import ujson as json',
      'except ImportError as error:',
      '    json = fallback(error)',
      'with open(PATH) as handle:',
      '    DATA = handle.read()',
      'match COMMAND:',
      '    case Point(x=0, y=yy) if yy > LIMIT:',
      '        pass',
      '    case [first, *rest]:',
      '        print(first, rest)',
      'if typing.TYPE_CHECKING:',
      '    from a import B',
      'if TYPE_CHECKING:',
      '    from c import D',
      'else:',
      '    D = None',
      'type(obj).attr = VALUE',
      '',
    ].join('\n');
    const facts = moduleFacts(text, parse(text));
    expect(facts.declarations).toEqual([]);
    expect(facts.imports.map((entry) => [entry.module, entry.typeOnly, entry.start, entry.end])).toEqual([
      ['typing', false, ...Object.values(lines(text, 1))],
      ['a', true, ...Object.values(lines(text, 18))],
    ]);
    expect(facts.other).toEqual([
      { ...lines(text, 2), uses: ['os'] },
      { ...lines(text, 3), uses: ['REGISTRY'] },
      { ...lines(text, 4, 5), uses: ['range', 'TABLE'] },
      { ...lines(text, 6, 9), uses: ['ImportError', 'fallback'] },
      { ...lines(text, 10, 11), uses: ['open', 'PATH'] },
      { ...lines(text, 12, 16), uses: ['COMMAND', 'Point', 'LIMIT', 'print'] },
      { ...lines(text, 19, 22), uses: ['TYPE_CHECKING'] },
      // tree-sitter-python parses this as a type alias statement; it is a call of type().
      { ...lines(text, 23), uses: ['type', 'obj', 'VALUE'] },
    ]);
  });
});
