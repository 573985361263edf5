import { firstForbiddenChange } from '../../src/frozen/compare';
import { loadPythonParser } from '../../src/lang/python/parser';
import { pythonFrozenView, pythonMovedKey } from '../../src/lang/python/frozen';

beforeAll(() => loadPythonParser());

const BRIDGES = `# Layer: L4 — Domain Engine
# AUDIENCE: CUSTOMER
"""Bridges between loop stages."""
from __future__ import annotations

from typing import TYPE_CHECKING
from ..drivers.events import LoopEvent  # the event type

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

LIMIT = 10


def bridge(event: LoopEvent, session: "Session") -> bool:
    if event.count > LIMIT:
        return False
    else:
        return True
`;

describe('pythonFrozenView', () => {
  it('prints each top-level statement as tokens, nested statements one per line, module names blanked', () => {
    const view = pythonFrozenView(BRIDGES);
    expect(view.header).toEqual(['Layer: L4 — Domain Engine', 'AUDIENCE: CUSTOMER']);
    expect(view.statements).toEqual([
      { text: '""" Bridges between loop stages. """', line: 3, source: '"""Bridges between loop stages."""', isImport: false },
      { text: 'from __future__ import annotations', line: 4, source: 'from __future__ import annotations', isImport: true },
      { text: 'from "" import TYPE_CHECKING', line: 6, source: 'from typing import TYPE_CHECKING', isImport: true },
      { text: 'from "" import LoopEvent', line: 7, source: 'from ..drivers.events import LoopEvent', isImport: true },
      { text: 'if TYPE_CHECKING :\n  from "" import Session', line: 9, source: 'if TYPE_CHECKING:', isImport: true },
      { text: 'LIMIT = 10', line: 12, source: 'LIMIT = 10', isImport: false },
      {
        text: 'def bridge ( event : LoopEvent , session : " Session " ) -> bool :\n  if event . count > LIMIT :\n    return False\n  else :\n    return True',
        line: 15, source: 'def bridge(event: LoopEvent, session: "Session") -> bool:', isImport: false,
      },
    ]);
  });

  it('sees no change when only comments, blank lines, indentation and continuation change', () => {
    const relaid = BRIDGES
      .replace('LIMIT = 10', '# a limit\nLIMIT = 10  # ten')
      .replace(/\n\n\n/g, '\n')
      .replace(/^    /gm, '\t')
      .replace(/^\t\t/gm, '\t\t\t')
      .replace('if event.count > LIMIT:', 'if event.count \\\n        > LIMIT:  # over');
    expect(relaid).not.toBe(BRIDGES);
    expect(texts(relaid)).toEqual(texts(BRIDGES));
  });

  it('sees an import repointed as the same statement, and other imports as imports', () => {
    const repointed = BRIDGES.replace('from ..drivers.events import LoopEvent', 'from ..schemas.loop_events import LoopEvent');
    expect(texts(repointed)).toEqual(texts(BRIDGES));
    const before = pythonFrozenView(BRIDGES);
    const renamed = pythonFrozenView(BRIDGES.replace('import LoopEvent  #', 'import LoopEvent as Event  #'));
    expect(firstForbiddenChange(before, renamed, [], new Set(), pythonMovedKey)).toBe('changes the statement at line 7: `from "" import LoopEvent` → `from "" import LoopEvent as Event`');
    expect(firstForbiddenChange(before, renamed, ['imports'], new Set(), pythonMovedKey)).toBeUndefined();
  });

  it.each([
    ['a changed constant', 'LIMIT = 10', 'LIMIT = 11', 'changes the statement at line 12: `LIMIT = 10` → `LIMIT = 11`'],
    ['a changed condition', 'event.count > LIMIT', 'event.count >= LIMIT', 'changes the statement at line 15: `if event . count > LIMIT :` → `if event . count >= LIMIT :`'],
    ['an added statement', 'LIMIT = 10\n', 'LIMIT = 10\nFLOOR = 0\n', 'adds a statement at line 13: `FLOOR = 0`'],
    ['a statement that became two', '        return False\n', '        return\n        False\n', 'changes the statement at line 15: `return False` → `return`'],
    ['a changed string', 'return True', 'return "True "', 'changes the statement at line 15: `return True` → `return " True  "`'],
  ])('tells %s', (_, from, to, message) => {
    expect(firstForbiddenChange(pythonFrozenView(BRIDGES), pythonFrozenView(BRIDGES.replace(from, to)), ['imports'], new Set(), pythonMovedKey)).toBe(message);
  });

  it('sets the module docstring\'s header lines aside, and keeps the rest of it', () => {
    const doc = '"""Bridges.\n\nLayer: L6 — Drivers\nAUDIENCE: CUSTOMER\n"""\nx = 1\n';
    const view = pythonFrozenView(doc);
    expect(view.header).toEqual(['Layer: L6 — Drivers', 'AUDIENCE: CUSTOMER']);
    expect(view.statements.map((s) => s.text)).toEqual(['"""Bridges.\n"""', 'x = 1']);
    expect(texts(doc.replace('L6 — Drivers', 'L5 — Engines').replace('CUSTOMER\n', 'CUSTOMER\nTags: HYBRID\n'))).toEqual(texts(doc));
    expect(texts(doc.replace('Bridges.', 'Bridges between stages.'))).not.toEqual(texts(doc));
  });

  it('blanks the modules named to importlib and mock.patch, not other strings', () => {
    const code = 'm = importlib.import_module("app.drivers.events")\n@mock.patch("app.drivers.events.send")\ndef t(send): pass\nr = client.patch("app.x")\n__import__("a.b")\n';
    expect(texts(code)).toEqual([
      'm = importlib . import_module ( "" )',
      '@ mock . patch ( "" ) def t ( send ) :\n  pass',
      'r = client . patch ( " app.x " )',
      '__import__ ( "" )',
    ]);
  });

  it.each([
    ['if TYPE_CHECKING:\n    import a\n    from b import c  # why\n', true],
    ['if typing.TYPE_CHECKING:\n    import a\n', true],
    ['if TYPE_CHECKING:\n    import a\nelse:\n    a = None\n', false],
    ['if TYPE_CHECKING:\n    A = int\n', false],
    ['import a.b as c, d\n', true],
  ])('tells whether %j is an import', (code, isImport) => {
    expect(pythonFrozenView(code).statements.map((s) => s.isImport)).toEqual([isImport]);
  });

  it('recognises a moved statement by its printed text', () => {
    const [moved] = texts('def f(x):\n    return x\n');
    expect(pythonMovedKey(moved)).toBe(texts('\n\ndef f(x):  # moved here\n  return x\n')[0]);
  });
});

function texts(code: string): string[] {
  return pythonFrozenView(code).statements.map((s) => s.text);
}
