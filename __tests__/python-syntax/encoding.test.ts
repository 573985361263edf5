import { spawnSync } from 'node:child_process';
import { StateError } from '../../src/errors';
import { declaredEncoding, decodePython, encodePython } from '../../src/lang/python/encoding';

const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

describe('PEP 263 declarations', () => {
  it.each([
    ['# -*- coding: latin-1 -*-\nx = 1\n', 'latin-1'],
    ['#!/usr/bin/env python\n# -*- coding: utf8 -*-\n', 'utf-8'],
    ['# vim: set fileencoding=utf-8 :\n', 'utf-8'],
    ['# coding=ISO_8859_15\n', 'iso-8859-15'],
    ['# coding: latin9\n', 'iso-8859-15'],
    ['# coding: windows-1252\n', 'cp1252'],
    ['# coding: iso-8859-1\n', 'latin-1'],
    ['# coding: us-ascii\n', 'ascii'],
    ['# coding: koi8-r\n', 'koi8-r'],
    ['x = 1\n# coding: latin-1\n', undefined],
    ['\n\n# coding: latin-1\n', undefined],
    ['import os\n', undefined],
  ])('reads %j as %s', (head, expected) => {
    expect(declaredEncoding(bytes(head))).toBe(expected);
  });

  it('takes a UTF-8 BOM for utf-8', () => {
    expect(declaredEncoding(bytes([0xef, 0xbb, 0xbf], 'x = 1\n'))).toBe('utf-8');
  });
});

describe('decoding and encoding a Python file', () => {
  it.each([
    ['utf-8 (no declaration)', bytes('s = "', [0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80], '"\n'), 's = "é€😀"\n'],
    ['utf-8 with a BOM', bytes([0xef, 0xbb, 0xbf], '# coding: utf-8\r\ns = "', [0xc3, 0xa9], '"'), '\ufeff# coding: utf-8\r\ns = "é"'],
    ['ascii', bytes('# coding: ascii\ns = "e"\n'), '# coding: ascii\ns = "e"\n'],
    ['latin-1', bytes('# -*- coding: latin-1 -*-\ns = "', [0xe9, 0xa4, 0x80], '"\n'), '# -*- coding: latin-1 -*-\ns = "é¤\u0080"\n'],
    ['iso-8859-15', bytes('# coding: iso-8859-15\ns = "', [0xe9, 0xa4, 0xbd], '"\n'), '# coding: iso-8859-15\ns = "é€œ"\n'],
    ['cp1252', bytes('#!/usr/bin/python\n# coding: cp1252\ns = "', [0x80, 0x93, 0x94, 0xe9], '"\n'), '#!/usr/bin/python\n# coding: cp1252\ns = "€“”é"\n'],
  ])('round-trips %s', (_, raw, text) => {
    expect(decodePython('a.py', raw)).toBe(text);
    expect(encodePython('a.py', text).equals(raw)).toBe(true);
  });

  it.each([
    [bytes('x = 1\ns = "', [0xe9], '"\n'), 'a.py:2: the bytes are not valid utf-8'],
    [bytes('# coding: ascii\ns = "', [0xe9], '"\n'), 'a.py:2: the bytes are not valid ascii (as the file declares)'],
    [bytes('# coding: cp1252\n\ns = "', [0x81], '"\n'), 'a.py:3: the bytes are not valid cp1252 (as the file declares)'],
    [bytes('# coding: utf-16\n'), 'a.py: declares utf-16; remediate reads and writes Python files in utf-8, ascii, latin-1, iso-8859-15 and cp1252 only'],
    [bytes('# coding: koi8-r\n'), "a.py: declares an unknown encoding 'koi8-r' (remediate knows utf-8, ascii, latin-1, iso-8859-15 and cp1252)"],
    [bytes([0xef, 0xbb, 0xbf], '# coding: latin-1\n'), 'a.py: starts with a UTF-8 byte order mark but declares latin-1'],
  ])('refuses to decode %j', (raw, message) => {
    expect(() => decodePython('a.py', raw)).toThrow(new StateError(message));
    expect(() => decodePython('a.py', raw)).toThrow(StateError);
  });

  it.each([
    ['# coding: latin-1\ns = "€"\n', 'a.py:2:6: "€" (U+20AC) cannot be written in latin-1, the encoding the file declares'],
    ['# coding: ascii\n\n  s = "é"\n', 'a.py:3:8: "é" (U+00E9) cannot be written in ascii, the encoding the file declares'],
    ['# coding: iso-8859-15\ns = "¤"\n', 'a.py:2:6: "¤" (U+00A4) cannot be written in iso-8859-15, the encoding the file declares'],
    ['# coding: cp1252\ns = "😀"\n', 'a.py:2:6: "😀" (U+1F600) cannot be written in cp1252, the encoding the file declares'],
    ['s = "\ud800"\n', 'a.py:1:6: "\\ud800" (U+D800) cannot be written in utf-8, the encoding the file declares'],
  ])('refuses to encode %j', (text, message) => {
    expect(() => encodePython('a.py', text)).toThrow(new StateError(message));
  });

  it('writes what a changed declaration asks for', () => {
    expect(encodePython('a.py', '# coding: latin-1\ns = "é"\n').equals(bytes('# coding: latin-1\ns = "', [0xe9], '"\n'))).toBe(true);
    expect(encodePython('a.py', '# coding: utf-8\ns = "é"\n').equals(bytes('# coding: utf-8\ns = "', [0xc3, 0xa9], '"\n'))).toBe(true);
  });
});

describe('the byte tables, against CPython', () => {
  it.each(['ascii', 'latin-1', 'iso-8859-15', 'cp1252'])('%s decodes every byte as Python does', (encoding) => {
    const python = `import json,sys\nout=[]\nfor b in range(256):\n  try: out.append(bytes([b]).decode(sys.argv[1]))\n  except UnicodeDecodeError: out.append(None)\nprint(json.dumps(out))`;
    const run = spawnSync('python3', ['-c', python, encoding], { encoding: 'utf8' });
    const expected = JSON.parse(run.stdout) as (string | null)[];
    const actual = expected.map((_, b) => {
      try {
        return decodePython('a.py', Buffer.concat([Buffer.from(`# coding: ${encoding}\n`), Buffer.from([b])])).slice(`# coding: ${encoding}\n`.length);
      } catch {
        return null;
      }
    });
    expect(actual).toEqual(expected);
  });
});
