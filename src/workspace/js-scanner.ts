/**
 * A JavaScript/TypeScript tokenizer for the import lexer: words, strings, templates, regular
 * expressions, numbers and punctuation, with comments and white space skipped. It replaces
 * TypeScript's own scanner there because loading TypeScript's 9 MB compiler costs about as much as
 * a whole `verify` spends lexing (~80 ms each at 10k files). A differential test holds the lexer on
 * it to the lexer on TypeScript's scanner over every source file of this repository, the JavaScript
 * of nine dependencies and generated programs.
 *
 * Like TypeScript's scanner it does not know by itself whether `/` starts a regular expression or
 * whether `}` resumes a template: its caller knows and asks for `reScanSlash()` / `reScanTemplate()`.
 */
export const Tok = {
  EOF: 0,
  /** An identifier or keyword. */
  Word: 1,
  String: 2,
  /** `` `…` `` without substitutions. */
  Template: 3,
  TemplateHead: 4,
  TemplateMiddle: 5,
  TemplateTail: 6,
  Regex: 7,
  Number: 8,
  /** `#name`. */
  PrivateName: 9,
  /** Punctuation; `punct` says which. */
  Punct: 10,
} as const;
export type TokKind = (typeof Tok)[keyof typeof Tok];

/** `punct` of multi-character punctuators the lexer must tell apart; single ones are their char code. */
export const Multi = { QuestionDot: 1000, Ellipsis: 1001, SlashEquals: 1002, Other: 1003 } as const;

const NUMBER = /0[xXoObB][0-9a-fA-F_]*n?|(?:\d[\d_]*(?:\.[\d_]*)?|\.\d[\d_]*)(?:[eE][+-]?[\d_]+)?n?/y;

export class Scanner {
  private text = '';
  private pos = 0;
  /** The current token: its kind, its bounds, and for punctuation which one. */
  kind: TokKind = Tok.EOF;
  start = 0;
  end = 0;
  punct = 0;
  /** When set, the start and end of every `/** … *\/` comment skipped are pushed here. */
  docComments: number[] | undefined;

  setText(text: string): void {
    this.text = text;
    this.pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    // A shebang line is skipped like a comment.
    if (text.startsWith('#!', this.pos)) this.pos = lineEnd(text, this.pos);
    this.kind = Tok.EOF;
    this.start = this.end = this.pos;
  }

  /** The token's source text. */
  tokenText(): string {
    return this.text.slice(this.start, this.end);
  }

  /** A string or template token's value (escapes cooked); any other token's text. */
  tokenValue(): string {
    const { kind, text, start, end } = this;
    if (kind === Tok.String) return cook(text, start + 1, closed(text, end, text.charCodeAt(start)) ? end - 1 : end);
    if (kind === Tok.Template || kind === Tok.TemplateTail) return cook(text, start + 1, closed(text, end, 96) ? end - 1 : end);
    if (kind === Tok.TemplateHead || kind === Tok.TemplateMiddle) return cook(text, start + 1, end - 2);
    return text.slice(start, end);
  }

  /** True when the token is the word `w` (no substring is made). */
  isWord(w: string): boolean {
    return this.kind === Tok.Word && this.end - this.start === w.length && this.text.startsWith(w, this.start);
  }

  /** Runs `fn` and then puts the scanner back where it was. */
  lookAhead<T>(fn: () => T): T {
    const { pos, kind, start, end, punct } = this;
    const docs = this.docComments?.length;
    try {
      return fn();
    } finally {
      Object.assign(this, { pos, kind, start, end, punct });
      if (docs !== undefined) this.docComments!.length = docs;
    }
  }

  scan(): TokKind {
    const text = this.text;
    const n = text.length;
    let p = this.pos;
    for (;;) {
      if (p >= n) return this.token(Tok.EOF, p, p, 0);
      const c = text.charCodeAt(p);
      if (c === 32 || c === 9 || c === 10 || c === 13 || c === 11 || c === 12) {
        p++;
      } else if (c === 47 /* / */) {
        const d = text.charCodeAt(p + 1);
        if (d === 47) p = lineEnd(text, p + 2);
        else if (d === 42) {
          const close = text.indexOf('*/', p + 2);
          const end = close < 0 ? n : close + 2;
          if (this.docComments && text.charCodeAt(p + 2) === 42 && end - p > 4) this.docComments.push(p, end);
          p = end;
        } else if (d === 61) return this.token(Tok.Punct, p, p + 2, Multi.SlashEquals);
        else return this.token(Tok.Punct, p, p + 1, 47);
      } else if (c >= 128 && isSpaceLike(c)) {
        p++;
      } else break;
    }
    const c = text.charCodeAt(p);
    // A backslash starts a word only as a unicode escape (`\u0061`); alone it is an invalid character.
    if (isWordStart(c) && (c !== 92 || text.charCodeAt(p + 1) === 117)) {
      let q = p + 1;
      while (q < n && isWordPart(text.charCodeAt(q))) q++;
      return this.token(Tok.Word, p, q, 0);
    }
    if (c === 39 || c === 34) return this.token(Tok.String, p, stringEnd(text, p + 1, c), 0);
    if (c === 96) return this.template(p + 1, p, Tok.Template, Tok.TemplateHead);
    if ((c >= 48 && c <= 57) || (c === 46 && isDigit(text.charCodeAt(p + 1)))) {
      NUMBER.lastIndex = p;
      NUMBER.test(text);
      return this.token(Tok.Number, p, NUMBER.lastIndex, 0);
    }
    if (c === 35 && isWordStart(text.charCodeAt(p + 1))) {
      let q = p + 2;
      while (q < n && isWordPart(text.charCodeAt(q))) q++;
      return this.token(Tok.PrivateName, p, q, 0);
    }
    const d = text.charCodeAt(p + 1);
    if (c === 46 && d === 46 && text.charCodeAt(p + 2) === 46) return this.token(Tok.Punct, p, p + 3, Multi.Ellipsis);
    if (c === 63 && d === 46 && !isDigit(text.charCodeAt(p + 2))) return this.token(Tok.Punct, p, p + 2, Multi.QuestionDot);
    // `==`, `=>`, `**`, `*=`: not the `=` of `import x = require()` nor the `*` of `export *`.
    if ((c === 61 && (d === 61 || d === 62)) || (c === 42 && (d === 42 || d === 61))) return this.token(Tok.Punct, p, p + 2, Multi.Other);
    return this.token(Tok.Punct, p, p + 1, c);
  }

  /** At a `/` or `/=` token: the regular expression that starts there (flags included). */
  reScanSlash(): TokKind {
    const text = this.text;
    const n = text.length;
    let p = this.start + 1;
    let inClass = false;
    while (p < n) {
      const c = text.charCodeAt(p);
      if (isLineBreak(c)) break; // unterminated: it ends at the line's end, as TypeScript's does
      p++;
      if (c === 92 /* \ */) {
        if (p < n && !isLineBreak(text.charCodeAt(p))) p++;
      } else if (c === 91) inClass = true;
      else if (c === 93) inClass = false;
      else if (c === 47 && !inClass) {
        while (p < n && isWordPart(text.charCodeAt(p))) p++;
        break;
      }
    }
    return this.token(Tok.Regex, this.start, p, 0);
  }

  /** At the `}` that closes a template substitution: the template's next part. */
  reScanTemplate(): TokKind {
    return this.template(this.start + 1, this.start, Tok.TemplateTail, Tok.TemplateMiddle);
  }

  private template(from: number, start: number, whole: TokKind, open: TokKind): TokKind {
    const text = this.text;
    const n = text.length;
    let p = from;
    while (p < n) {
      const c = text.charCodeAt(p);
      if (c === 96) return this.token(whole, start, p + 1, 0);
      if (c === 92) p += 2;
      else if (c === 36 && text.charCodeAt(p + 1) === 123) return this.token(open, start, p + 2, 0);
      else p++;
    }
    return this.token(whole, start, n, 0);
  }

  private token(kind: TokKind, start: number, end: number, punct: number): TokKind {
    this.kind = kind;
    this.start = start;
    this.end = end;
    this.punct = punct;
    this.pos = end;
    return kind;
  }
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isWordStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 36 || c === 95 || c === 92 || (c >= 128 && !isSpaceLike(c));
}

function isWordPart(c: number): boolean {
  return isWordStart(c) || isDigit(c);
}

function isLineBreak(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}

/** Non-ASCII white space and line breaks (ECMAScript's WhiteSpace and LineTerminator). */
function isSpaceLike(c: number): boolean {
  return c === 0xa0 || c === 0xfeff || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}

function lineEnd(text: string, from: number): number {
  let p = from;
  while (p < text.length && !isLineBreak(text.charCodeAt(p))) p++;
  return p;
}

/** The end of a string literal opened before `from` (after its quote; at the line's end when unterminated). */
function stringEnd(text: string, from: number, quote: number): number {
  let p = from;
  while (p < text.length) {
    const c = text.charCodeAt(p);
    if (c === quote) return p + 1;
    if (c === 92) {
      p += text.charCodeAt(p + 1) === 13 && text.charCodeAt(p + 2) === 10 ? 3 : 2;
    } else if (c === 10 || c === 13) return p;
    else p++;
  }
  return text.length;
}

function closed(text: string, end: number, quote: number): boolean {
  return text.charCodeAt(end - 1) === quote && end >= 2;
}

const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', '0': '\0' };

/** The value of a string or template body between `from` and `to`, escapes cooked. */
function cook(text: string, from: number, to: number): string {
  const raw = text.slice(from, to);
  if (!raw.includes('\\')) return raw;
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i];
    if (ch !== '\\') {
      out += ch;
      continue;
    }
    const e = raw[++i];
    if (e === undefined) break;
    if (e in SIMPLE_ESCAPES && !(e === '0' && isDigit(raw.charCodeAt(i + 1)))) out += SIMPLE_ESCAPES[e];
    else if (e === 'x' && /^[0-9a-fA-F]{2}$/.test(raw.slice(i + 1, i + 3))) {
      out += String.fromCharCode(parseInt(raw.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (e === 'u' && raw[i + 1] === '{') {
      const close = raw.indexOf('}', i);
      const cp = close < 0 ? NaN : parseInt(raw.slice(i + 2, close), 16);
      if (Number.isNaN(cp) || cp > 0x10ffff) out += 'u';
      else {
        out += String.fromCodePoint(cp);
        i = close;
      }
    } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(raw.slice(i + 1, i + 5))) {
      out += String.fromCharCode(parseInt(raw.slice(i + 1, i + 5), 16));
      i += 4;
    } else if (e === '\r') {
      if (raw[i + 1] === '\n') i++; // a line continuation is no character
    } else if (e === '\n' || e === '\u2028' || e === '\u2029') {
      // line continuation
    } else out += e;
  }
  return out;
}
