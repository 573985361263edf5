import { ts } from 'ts-morph';
import { inTypePosition } from '../../src/split/references';
import { applyEdits, attachedStart, lineCut, removeListElements } from '../../src/split/text-edits';

const parse = (text: string) => ts.createSourceFile('a.ts', text, ts.ScriptTarget.Latest, true);

describe('lineCut', () => {
  const cut = (text: string, what: string) => {
    const start = text.indexOf(what);
    const r = lineCut(text, start, start + what.length);
    return text.slice(0, r.start) + text.slice(r.end);
  };

  it.each([
    ['between blank lines: one blank line stays', 'a;\n\nB;\n\nc;\n', 'a;\n\nc;\n'],
    ['inside a run of lines', 'a;\nB;\nc;\n', 'a;\nc;\n'],
    ['last in the file', 'a;\n\nB;\n', 'a;\n'],
    ['first in the file, with the blank line after it', 'B;\n\nc;\n', 'c;\n'],
    ['sharing its line: only the statement goes', 'a; B;\n', 'a; \n'],
  ])('%s', (_, text, expected) => {
    expect(cut(text, 'B;')).toBe(expected);
  });
});

describe('attachedStart', () => {
  const startOf = (text: string, headerEnd = 0) => {
    const sf = parse(text);
    const stmt = sf.statements[sf.statements.length - 1];
    return text.slice(attachedStart(text, stmt, headerEnd, sf));
  };

  it('takes the JSDoc and line comments right above a statement', () => {
    expect(startOf('x;\n/** doc */\n// note\nexport const a = 1;\n')).toBe('/** doc */\n// note\nexport const a = 1;\n');
  });

  it('leaves a comment a blank line detaches (a section banner)', () => {
    expect(startOf('x;\n// ---- DB ----\n\n/** doc */\nexport const a = 1;\n')).toBe('/** doc */\nexport const a = 1;\n');
  });

  it('never takes the file header, even without a blank line after it', () => {
    const text = '// Layer: L5 — Domain Engine\n/** doc */\nexport const a = 1;\n';
    expect(startOf(text, text.indexOf('\n'))).toBe('/** doc */\nexport const a = 1;\n');
  });
});

describe('removeListElements', () => {
  const remove = (text: string, drop: string[]) => {
    const names = [...text.matchAll(/\w+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, name: m[0] }));
    return applyEdits(text, removeListElements(names, names.map((n) => drop.includes(n.name))));
  };

  it.each([
    ['{ a, b, c }', ['b'], '{ a, c }'],
    ['{ a, b, c }', ['c'], '{ a, b }'],
    ['{ a, b, c }', ['a', 'b'], '{ c }'],
    ['{ a, b, c, }', ['c'], '{ a, b, }'],
    ['{\n  a,\n  b,\n  c,\n}', ['b'], '{\n  a,\n  c,\n}'],
  ])('%j without %j', (text, drop, expected) => {
    expect(remove(text, drop)).toBe(expected);
  });
});

describe('applyEdits', () => {
  it('keeps insertions at one offset in order, and an insertion where a deletion starts', () => {
    expect(applyEdits('abc', [{ start: 1, end: 1, text: 'X' }, { start: 1, end: 1, text: 'Y' }, { start: 1, end: 2, text: '' }])).toBe('aXYc');
  });

  it('refuses overlapping edits', () => {
    expect(() => applyEdits('abcd', [{ start: 0, end: 2, text: '' }, { start: 1, end: 3, text: '' }])).toThrow('overlapping edits');
  });
});

describe('inTypePosition', () => {
  const positions = (text: string): [string, boolean][] => {
    const out: [string, boolean][] = [];
    const visit = (n: ts.Node): void => {
      if (ts.isIdentifier(n) && n.text.startsWith('T')) out.push([n.parent.getText(), inTypePosition(n)]);
      ts.forEachChild(n, visit);
    };
    visit(parse(text));
    return out;
  };

  it.each([
    ['let a: T1;', [['T1', true]]],
    ['let a = T2 as T3;', [['T2 as T3', false], ['T3', true]]],
    ['type A = typeof T4;', [['typeof T4', true]]],
    ['class A extends T5<T6> implements T7 {}', [['T5<T6>', false], ['T6', true], ['T7', true]]],
    ['interface A extends T8 {}', [['T8', true]]],
    ['const f = T9<string>;', [['T9<string>', false]]],
    ['new T10();', [['new T10()', false]]],
  ])('%s', (text, expected) => {
    expect(positions(text)).toEqual(expected);
  });
});
