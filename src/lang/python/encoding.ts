import { StateError } from '../../errors';

/** The encodings a Python file may declare that remediate reads and writes. */
type Supported = 'utf-8' | 'ascii' | 'latin-1' | 'iso-8859-15' | 'cp1252';

// Python's codec aliases (codecs.lookup), after lower-casing and turning '_' into '-'.
const ALIASES: Record<string, Supported> = {
  'utf-8': 'utf-8', utf8: 'utf-8', u8: 'utf-8', utf: 'utf-8', 'utf8-ucs2': 'utf-8', 'utf8-ucs4': 'utf-8', cp65001: 'utf-8', 'utf-8-sig': 'utf-8',
  ascii: 'ascii', 'us-ascii': 'ascii', '646': 'ascii', 'ansi-x3.4-1968': 'ascii', 'iso646-us': 'ascii',
  'latin-1': 'latin-1', latin1: 'latin-1', latin: 'latin-1', l1: 'latin-1', 'iso-8859-1': 'latin-1', 'iso8859-1': 'latin-1',
  'iso-latin-1': 'latin-1', '8859': 'latin-1', cp819: 'latin-1', 'iso-ir-100': 'latin-1',
  'iso-8859-15': 'iso-8859-15', 'iso8859-15': 'iso-8859-15', 'latin-9': 'iso-8859-15', latin9: 'iso-8859-15', l9: 'iso-8859-15',
  cp1252: 'cp1252', 'windows-1252': 'cp1252',
};

const DECLARATION = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;
const BOM = 0xfeff;

/** The encoding a PEP 263 line declares in the first two lines, normalised, or undefined; a UTF-8 BOM means utf-8. */
export function declaredEncoding(bytes: Buffer): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  // Every file is asked this: most first lines do not say 'coding', and those need no string at all.
  const head = Math.min(bytes.length, HEAD_BYTES);
  if (!hasCodingWord(bytes, secondLineEnd(bytes, head))) return undefined;
  // Latin-1 maps bytes to code points one to one, and the declaration is ASCII in every encoding we read.
  return declarationIn(bytes.subarray(0, head).toString('latin1'));
}

/** How far into a file a declaration is looked for. */
const HEAD_BYTES = 1024;
const CODING = [0x63, 0x6f, 0x64, 0x69, 0x6e, 0x67];

/** The end of the first two lines within the head (declarationIn reads no further). */
function secondLineEnd(bytes: Buffer, head: number): number {
  const first = bytes.indexOf(0x0a);
  if (first < 0 || first >= head) return head;
  const second = bytes.indexOf(0x0a, first + 1);
  return second < 0 || second > head ? head : second;
}

/** Whether bytes[0, end) contain the word 'coding', which every declaration does. */
function hasCodingWord(bytes: Buffer, end: number): boolean {
  for (let i = 0; i + CODING.length <= end; i++) {
    if (bytes[i] !== CODING[0]) continue;
    let j = 1;
    while (j < CODING.length && bytes[i + j] === CODING[j]) j++;
    if (j === CODING.length) return true;
  }
  return false;
}

/** Decodes a Python file's bytes per its declaration (default utf-8; a BOM stays as U+FEFF). */
export function decodePython(file: string, bytes: Buffer): string {
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const declared = declarationIn(bytes.subarray(hasBom ? 3 : 0, 1024).toString('latin1'));
  const encoding = supported(file, declared ?? 'utf-8');
  if (hasBom && encoding !== 'utf-8') throw new StateError(`${file}: starts with a UTF-8 byte order mark but declares ${declared}`);
  const codec = codecOf(encoding);
  const text = codec.decode(bytes);
  if (text === undefined) throw new StateError(`${file}:${firstBadLine(codec, bytes)}: the bytes are not valid ${encoding}${declared ? ' (as the file declares)' : ''}`);
  return text;
}

/** Encodes text in the encoding its own first two lines declare (utf-8 when none). */
export function encodePython(file: string, text: string): Buffer {
  const declared = text.charCodeAt(0) === BOM ? 'utf-8' : declarationIn(text.slice(0, 1024));
  const encoding = supported(file, declared ?? 'utf-8');
  const codec = codecOf(encoding);
  const out = codec.encode(text);
  if (typeof out !== 'number') return out;
  const before = text.slice(0, out).split('\n');
  const char = String.fromCodePoint(text.codePointAt(out) ?? 0);
  const code = `U+${(text.codePointAt(out) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  throw new StateError(`${file}:${before.length}:${before[before.length - 1].length + 1}: ${JSON.stringify(char)} (${code}) cannot be written in ${encoding}, the encoding the file declares`);
}

/** The declaration in a text's first two lines; the second counts only when the first is blank or a comment (as CPython reads it). */
function declarationIn(head: string): string | undefined {
  const [first, second] = head.split('\n', 2);
  const m = DECLARATION.exec(first) ?? (/^[ \t\f]*(#.*)?\r?$/.test(first) && second !== undefined ? DECLARATION.exec(second) : null);
  if (!m) return undefined;
  const name = m[1].toLowerCase().replace(/_/g, '-');
  return ALIASES[name] ?? name;
}

function supported(file: string, name: string): Supported {
  if (Object.values(ALIASES).includes(name as Supported)) return name as Supported;
  if (/^(utf-?(16|32)|ucs-?[24])/.test(name)) throw new StateError(`${file}: declares ${name}; remediate reads and writes Python files in utf-8, ascii, latin-1, iso-8859-15 and cp1252 only`);
  throw new StateError(`${file}: declares an unknown encoding '${name}' (remediate knows utf-8, ascii, latin-1, iso-8859-15 and cp1252)`);
}

interface Codec {
  /** The text, or undefined when the bytes are not valid. */
  decode(bytes: Buffer): string | undefined;
  /** The bytes, or the UTF-16 offset of the first character the encoding cannot hold. */
  encode(text: string): Buffer | number;
}

const codecs = new Map<Supported, Codec>();

function codecOf(encoding: Supported): Codec {
  let codec = codecs.get(encoding);
  if (!codec) codecs.set(encoding, (codec = encoding === 'utf-8' ? utf8 : singleByte(byteTable(encoding))));
  return codec;
}

const utf8Decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

const utf8: Codec = {
  decode(bytes) {
    try {
      return utf8Decoder.decode(bytes);
    } catch {
      return undefined;
    }
  },
  encode(text) {
    // With the u flag a paired surrogate is one code point, so only lone halves match.
    const lone = /[\uD800-\uDFFF]/u.exec(text);
    return lone ? lone.index : Buffer.from(text, 'utf8');
  },
};

// What cp1252 puts at 0x80-0x9f ('' = undefined in Python's codec). Node 20's TextDecoder('windows-1252')
// decodes these bytes as Latin-1 (C1 controls), so this one range is spelled out; the rest is Latin-1.
const CP1252_80_9F = [
  '\u20ac', '', '\u201a', '\u0192', '\u201e', '\u2026', '\u2020', '\u2021', '\u02c6', '\u2030', '\u0160', '\u2039', '\u0152', '', '\u017d', '',
  '', '\u2018', '\u2019', '\u201c', '\u201d', '\u2022', '\u2013', '\u2014', '\u02dc', '\u2122', '\u0161', '\u203a', '\u0153', '', '\u017e', '\u0178',
];

/** The character each byte decodes to ('' where the encoding leaves the byte undefined). */
function byteTable(encoding: Exclude<Supported, 'utf-8'>): string[] {
  // WHATWG maps the label iso-8859-1 to windows-1252, so true Latin-1 comes from Buffer instead.
  const latin1 = [...Buffer.from(Array.from({ length: 256 }, (_, i) => i)).toString('latin1')];
  if (encoding === 'ascii') return latin1.map((c, i) => (i < 0x80 ? c : ''));
  if (encoding === 'latin-1') return latin1;
  if (encoding === 'cp1252') return [...latin1.slice(0, 0x80), ...CP1252_80_9F, ...latin1.slice(0xa0)];
  return [...new TextDecoder(encoding, { fatal: true }).decode(Uint8Array.from(latin1, (_, i) => i))];
}

const utf16 = new TextDecoder('utf-16le');

function singleByte(table: string[]): Codec {
  const units = Uint16Array.from(table, (c) => (c === '' ? 0xffff : c.charCodeAt(0)));
  const reverse = new Map<number, number>();
  units.forEach((unit, byte) => unit !== 0xffff && reverse.set(unit, byte));
  return {
    decode(bytes) {
      // Every character these encodings hold is one UTF-16 unit, so the text is the table looked up byte by byte.
      const out = new Uint16Array(bytes.length);
      for (let i = 0; i < bytes.length; i++) {
        out[i] = units[bytes[i]];
        if (out[i] === 0xffff) return undefined;
      }
      return utf16.decode(out);
    },
    encode(text) {
      const out = Buffer.allocUnsafe(text.length);
      for (let i = 0; i < text.length; i++) {
        const byte = reverse.get(text.charCodeAt(i));
        if (byte === undefined) return i;
        out[i] = byte;
      }
      return out;
    },
  };
}

/** The 1-based line of the first invalid byte (line feeds are single bytes in every encoding here). */
function firstBadLine(codec: Codec, bytes: Buffer): number {
  let start = 0;
  for (let line = 1; ; line++) {
    const end = bytes.indexOf(0x0a, start);
    if (codec.decode(bytes.subarray(start, end < 0 ? bytes.length : end)) === undefined || end < 0) return line;
    start = end + 1;
  }
}
