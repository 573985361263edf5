import { lineEnd, prefixFlags, skipString } from './strings';

export const enum PyTok {
  EOF = 0,
  /** An identifier, keyword or number (the import lexer never needs to tell them apart). */
  Name = 1,
  String = 2,
  /** One punctuation character, in `op`. */
  Op = 3,
}

/** Bits of `PyScanner.strFlags`. */
export const enum StrFlag {
  Raw = 1,
  F = 2,
  Bytes = 4,
}

const [NL, CR, SPACE, TAB, FF, HASH, BACKSLASH, SQUOTE, DQUOTE] = [10, 13, 32, 9, 12, 35, 92, 39, 34];

/**
 * A Python tokenizer that allocates nothing per token: the current token is the scanner's fields.
 * Whitespace, comments, backslash continuations and line breaks inside brackets are skipped; a line
 * break outside brackets shows only as `lineStart` on the next token, with that line's `indent`.
 */
export class PyScanner {
  text = '';
  kind = PyTok.EOF;
  start = 0;
  end = 0;
  /** The character of an Op token. */
  op = 0;
  /** Bracket depth after the current token. */
  depth = 0;
  /** The current token is the first of a logical line. */
  lineStart = false;
  /** For a String token: its prefix flags and the offset of its opening quote. */
  strFlags = 0;
  quoteStart = 0;
  private pos = 0;
  private crossedLine = true;
  private lineBegin = 0;
  /** Where the current logical line's first physical line begins. */
  private logicalLineBegin = 0;
  private logicalLineFirst = 0;

  /** Indentation width of the current logical line (tabs to the next multiple of 8, as Python does). */
  get indent(): number {
    return indentWidth(this.text, this.logicalLineBegin, this.logicalLineFirst);
  }

  /** Starts scanning `text`, skipping a UTF-8 byte order mark at offset 0. */
  setText(text: string): void {
    this.text = text;
    this.pos = this.lineBegin = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    this.kind = PyTok.EOF;
    this.depth = 0;
    this.crossedLine = true;
  }

  /** The offset where scanning starts (past a byte order mark). */
  get textStart(): number {
    return this.text.charCodeAt(0) === 0xfeff ? 1 : 0;
  }

  /** Whether the current token is the name `word`. */
  isWord(word: string): boolean {
    return this.kind === PyTok.Name && this.end - this.start === word.length && this.text.startsWith(word, this.start);
  }

  /** Whether the current token is the punctuator `code`. */
  isOp(code: number): boolean {
    return this.kind === PyTok.Op && this.op === code;
  }

  /** Everything `restore` needs to rewind to the current token. */
  save(): number[] {
    return [this.pos, this.kind, this.start, this.end, this.op, this.depth, this.lineStart ? 1 : 0, this.strFlags, this.quoteStart, this.logicalLineBegin, this.logicalLineFirst];
  }

  restore(s: number[]): void {
    [this.pos, this.kind, this.start, this.end, this.op, this.depth] = s;
    this.lineStart = s[6] === 1;
    [this.strFlags, this.quoteStart, this.logicalLineBegin, this.logicalLineFirst] = [s[7], s[8], s[9], s[10]];
    this.crossedLine = false;
  }

  /** Moves to the next token. */
  next(): void {
    const p = this.skipTrivia();
    this.start = p;
    this.lineStart = this.crossedLine;
    if (this.crossedLine) {
      this.crossedLine = false;
      this.logicalLineBegin = this.lineBegin;
      this.logicalLineFirst = p;
    }
    if (p >= this.text.length) {
      this.kind = PyTok.EOF;
      this.end = this.pos = p;
      return;
    }
    const c = this.text.charCodeAt(p);
    if (isNameChar(c)) this.scanName(p);
    else if (c === SQUOTE || c === DQUOTE) this.scanString(p, 0);
    else this.scanOp(p, c);
  }

  /** Skips blanks, comments, continuations and line breaks; notes a line break outside brackets. */
  private skipTrivia(): number {
    const t = this.text;
    const n = t.length;
    let p = this.pos;
    while (p < n) {
      const c = t.charCodeAt(p);
      if (c === SPACE || c === TAB || c === FF) p++;
      else if (c === NL || c === CR) {
        p += c === CR && t.charCodeAt(p + 1) === NL ? 2 : 1;
        if (this.depth === 0) {
          this.crossedLine = true;
          this.lineBegin = p;
        }
      } else if (c === HASH) p = lineEnd(t, p);
      else if (c === BACKSLASH && (t.charCodeAt(p + 1) === NL || t.charCodeAt(p + 1) === CR)) {
        p += t.charCodeAt(p + 1) === CR && t.charCodeAt(p + 2) === NL ? 3 : 2;
      } else break;
    }
    if (p >= n) this.crossedLine = true;
    return p;
  }

  private scanName(p: number): void {
    const t = this.text;
    let e = p + 1;
    while (e < t.length && isNameChar(t.charCodeAt(e))) e++;
    const q = t.charCodeAt(e);
    if (q === SQUOTE || q === DQUOTE) {
      const flags = prefixFlags(t, p, e);
      if (flags >= 0) return this.scanString(e, flags);
    }
    this.kind = PyTok.Name;
    this.end = this.pos = e;
  }

  private scanString(q: number, flags: number): void {
    this.kind = PyTok.String;
    this.strFlags = flags;
    this.quoteStart = q;
    this.end = this.pos = skipString(this.text, q, (flags & StrFlag.Raw) !== 0, (flags & StrFlag.F) !== 0);
  }

  private scanOp(p: number, c: number): void {
    this.kind = PyTok.Op;
    this.op = c;
    if (c === 40 || c === 91 || c === 123) this.depth++;
    else if ((c === 41 || c === 93 || c === 125) && this.depth > 0) this.depth--;
    this.end = this.pos = p + 1;
  }
}

function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c >= 128;
}

/** The indentation width of the text between a line's start and its first token. */
function indentWidth(t: string, from: number, to: number): number {
  let width = 0;
  for (let p = from; p < to; p++) {
    const c = t.charCodeAt(p);
    if (c === SPACE) width++;
    else if (c === TAB) width = (width >> 3) * 8 + 8;
    else if (c === FF) width = 0;
    else break;
  }
  return width;
}
