/** The calls whose string argument names a module: dynamic imports and mock targets. */

export const enum CallKind {
  /** `importlib.import_module("a.b")` and the like: a string that is not a literal is noted. */
  Import = 1,
  /** Other dynamic references (`pytest.importorskip`): only literals count. */
  Dynamic = 2,
  /** `mock.patch("a.b.X")`: the target's module and attribute. */
  Mock = 3,
  /** `monkeypatch.setattr("a.b.X", v)`: a mock target only when the string holds a dot. */
  DottedMock = 4,
}

const CALLS = new Map<string, CallKind>([
  ['importlib.import_module', CallKind.Import],
  ['import_module', CallKind.Import],
  ['__import__', CallKind.Import],
  ['pytest.importorskip', CallKind.Dynamic],
  ['pytest.register_assert_rewrite', CallKind.Dynamic],
  ['patch', CallKind.Mock],
  ['mock.patch', CallKind.Mock],
  ['unittest.mock.patch', CallKind.Mock],
  ['patch.dict', CallKind.Mock],
  ['mock.patch.dict', CallKind.Mock],
  ['unittest.mock.patch.dict', CallKind.Mock],
  ['monkeypatch.setattr', CallKind.DottedMock],
  ['monkeypatch.delattr', CallKind.DottedMock],
]);

/** What the dotted callee name `chain` (as written, maybe with blanks) refers to, or 0. */
export function callKind(chain: string): CallKind | 0 {
  return CALLS.get(/[\s\\#]/.test(chain) ? compactName(chain) : chain) ?? 0;
}

/** A dotted name without the blanks, comments and continuations written inside it. */
export function compactName(written: string): string {
  return written.replace(/#[^\n\r]*|[\s\\]+/g, '');
}

/**
 * Whether the name at [start, end) is the last word of a callee in CALLS: checked on every name, so
 * it compares the length first and only then the characters.
 */
export function isCallWord(t: string, start: number, end: number): boolean {
  switch (end - start) {
    case 4:
      return t.startsWith('dict', start);
    case 5:
      return t.startsWith('patch', start);
    case 7:
      return t.startsWith('setattr', start) || t.startsWith('delattr', start);
    case 10:
      return t.startsWith('__import__', start);
    case 12:
      return t.startsWith('importorskip', start);
    case 13:
      return t.startsWith('import_module', start);
    case 23:
      return t.startsWith('register_assert_rewrite', start);
    default:
      return false;
  }
}

/**
 * The offset past which a file holds no module reference: the last place of any word one contains.
 * `import` also covers `import_module`, `__import__` and `importorskip`; `patch` also covers
 * `monkeypatch.setattr`/`delattr` (the lexer finishes a callee begun before the limit). Scanning stops
 * there, which costs one search of the whole text and two of the tail after the last `import`.
 */
export function lastReferenceWord(text: string): number {
  let last = text.lastIndexOf('import');
  for (const word of RARE_WORDS) if (text.indexOf(word, last + 1) >= 0) last = text.lastIndexOf(word);
  return last;
}
const RARE_WORDS = ['patch', 'register_assert_rewrite'];
