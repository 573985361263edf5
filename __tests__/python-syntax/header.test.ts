import { headerTags, headerValue, type HeaderEdit } from '../../src/header/header';
import { editPythonHeader, parsePythonHeader } from '../../src/lang/python/header';

const COMMENTS = '# Layer: L4 — Domain Engine\n# AUDIENCE: CUSTOMER\n# Role: Bridge abstractions\n"""Bridges between loop stages."""\n\nimport os\n';
const DOCSTRING = '"""Bridges.\n\nLayer: L6 — Drivers\nAUDIENCE: CUSTOMER\n"""\n\nimport os\n';

const entries = (text: string) => parsePythonHeader(text)?.entries.map((e) => [e.key, e.value, e.line, e.prefix]);

describe('parsePythonHeader', () => {
  it('reads a comment header', () => {
    expect(entries(COMMENTS)).toEqual([
      ['Layer', 'L4 — Domain Engine', 1, '# '],
      ['AUDIENCE', 'CUSTOMER', 2, '# '],
      ['Role', 'Bridge abstractions', 3, '# '],
    ]);
    expect(parsePythonHeader(COMMENTS)?.style).toBe('line');
  });

  it('reads a docstring header', () => {
    const header = parsePythonHeader(DOCSTRING);
    expect(header?.style).toBe('block');
    expect(entries(DOCSTRING)).toEqual([['Layer', 'L6 — Drivers', 3, ''], ['AUDIENCE', 'CUSTOMER', 4, '']]);
    expect(headerValue(header, 'layer')).toBe('L6 — Drivers');
  });

  it.each([
    ["r'''Summary.\n    Layer: L5\n'''\n", [['Layer', 'L5', 2, '    ']]],
    ['"Layer: L5"\n', [['Layer', 'L5', 1, '']]],
    ['U"""Layer: L5 — X"""\n', [['Layer', 'L5 — X', 1, '']]],
    ['#!/usr/bin/env python3\n# -*- coding: utf-8 -*-\n\n# Copyright ACME\n\n# Layer: L2\n# Tags: A, B\nimport x\n', [['Layer', 'L2', 6, '# '], ['Tags', 'A, B', 7, '# ']]],
    ['# coding: latin-1\n"""Doc.\n\nLayer: L3\n"""\n', [['Layer', 'L3', 4, '']]],
    ['\ufeff# Layer: L1\r\n# Role: R\r\nx = 1\r\n', [['Layer', 'L1', 1, '# '], ['Role', 'R', 2, '# ']]],
  ])('reads %j', (text, expected) => {
    expect(entries(text)).toEqual(expected);
  });

  it.each([
    ['no header', 'import os\n"""Layer: L1"""\n'],
    ['an encoding line only', '# coding: utf-8\nx = 1\n'],
    ['a bytes literal', 'b"""Layer: L1"""\n'],
    ['an f-string', 'f"""Layer: {L1}"""\n'],
    ['an unterminated string', '"""Layer: L1\n'],
    ['an empty file', ''],
  ])('finds none in %s', (_, text) => {
    expect(parsePythonHeader(text)).toBeUndefined();
  });

  it('reads the tags', () => {
    expect(headerTags(parsePythonHeader('"""Doc.\n\nTags: HYBRID, M25_FROZEN\n"""\n'))).toEqual(['HYBRID', 'M25_FROZEN']);
  });
});

describe('editPythonHeader', () => {
  it.each<[string, string, HeaderEdit, string]>([
    ['sets a comment value, keeping the key spelling', COMMENTS, { set: { audience: 'INTERNAL' } },
      '# Layer: L4 — Domain Engine\n# AUDIENCE: INTERNAL\n# Role: Bridge abstractions\n"""Bridges between loop stages."""\n\nimport os\n'],
    ['adds a key beside the comment entries', COMMENTS, { set: { Layer: 'L5 — Domain Engine', Owner: 'loops' } },
      '# Layer: L5 — Domain Engine\n# AUDIENCE: CUSTOMER\n# Role: Bridge abstractions\n# Owner: loops\n"""Bridges between loop stages."""\n\nimport os\n'],
    ['sets a docstring value', DOCSTRING, { set: { LAYER: 'L5 — Domain Engine' } },
      '"""Bridges.\n\nLayer: L5 — Domain Engine\nAUDIENCE: CUSTOMER\n"""\n\nimport os\n'],
    ['adds a key and tags inside the docstring', DOCSTRING, { set: { Role: 'Drivers' }, tags: ['HYBRID'] },
      '"""Bridges.\n\nLayer: L6 — Drivers\nAUDIENCE: CUSTOMER\nRole: Drivers\nTags: HYBRID\n"""\n\nimport os\n'],
    ['adds inside an indented docstring before closing quotes on the last line', '"""Doc.\n    Layer: L6"""\nx = 1\n', { set: { Role: 'R' } },
      '"""Doc.\n    Layer: L6\n    Role: R"""\nx = 1\n'],
    ['removes the last tag and its line', '# Layer: L1\n# Tags: HYBRID\nx = 1\n', { tags: ['-HYBRID'] }, '# Layer: L1\nx = 1\n'],
    ['removes one tag of two', '"""D.\n\nTags: A, B\n"""\n', { tags: ['-A', 'C'] }, '"""D.\n\nTags: B, C\n"""\n'],
    ['removes a tags entry on the docstring\'s opening line', '"""Tags: A\nLayer: L1\n"""\n', { tags: ['-A'] }, '"""\nLayer: L1\n"""\n'],
    ['keeps CRLF, a BOM and tabs', '\ufeff#\tLayer:\tL1\r\n# Role: R\r\nx = 1', { set: { layer: 'L2', Extra: 'E' } },
      '\ufeff#\tLayer:\tL2\r\n# Role: R\r\n# Extra: E\r\nx = 1'],
    ['adds a header to a file without one', 'import os\n', { set: { Layer: 'L6 — Drivers', AUDIENCE: 'CUSTOMER' } },
      '# Layer: L6 — Drivers\n# AUDIENCE: CUSTOMER\n\nimport os\n'],
    ['adds a header after the shebang and the coding line', '#!/usr/bin/env python3\r\n# -*- coding: latin-1 -*-\r\n"""Doc."""\r\n', { set: { Layer: 'L1' } },
      '#!/usr/bin/env python3\r\n# -*- coding: latin-1 -*-\r\n# Layer: L1\r\n\r\n"""Doc."""\r\n'],
    ['keeps a coding line on line 2 after a blank line', '\n# coding: cp1252\nx = 1\n', { set: { Layer: 'L1' } },
      '\n# coding: cp1252\n# Layer: L1\n\nx = 1\n'],
    ['adds a header after a BOM to a file without a final newline', '\ufeffx = 1', { set: { Layer: 'L1' }, tags: ['T'] },
      '\ufeff# Layer: L1\n# Tags: T\n\nx = 1'],
    ['adds a header to an empty file', '', { set: { Layer: 'L1' } }, '# Layer: L1\n'],
  ])('%s', (_, before, edit, after) => {
    expect(editPythonHeader(before, edit)).toBe(after);
    expect(editPythonHeader(after, edit)).toBe(after);
  });

  it.each<[string, HeaderEdit]>([
    [COMMENTS, { set: { Layer: 'L4 — Domain Engine' } }],
    [DOCSTRING, { set: { audience: 'CUSTOMER' }, tags: ['-NOPE'] }],
    ['import os\n', { tags: ['-HYBRID'] }],
    ['x = 1', {}],
  ])('changes nothing in %j when the edit is already true', (text, edit) => {
    expect(editPythonHeader(text, edit)).toBe(text);
  });
});
