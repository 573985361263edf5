/**
 * Skipping Python string literals, f-strings included (with Python 3.12's nesting: a replacement field
 * may hold any expression, strings in the same quotes as the outer one too). Each function returns the
 * offset just past what it skipped and never throws: an unterminated single-quoted string ends before
 * its line break, an unterminated triple-quoted one at the end of the text.
 */

const [NL, CR, BACKSLASH, LBRACE, RBRACE, COLON, SQUOTE, DQUOTE, HASH, N_UPPER] = [10, 13, 92, 123, 125, 58, 39, 34, 35, 78];

/** Skips the string whose opening quote is at `q`; `raw` and `f` come from its prefix. */
export function skipString(t: string, q: number, raw: boolean, f: boolean): number {
  const quote = t.charCodeAt(q);
  const triple = t.charCodeAt(q + 1) === quote && t.charCodeAt(q + 2) === quote;
  if (triple && !f) return skipTripleQuoted(t, q);
  const n = t.length;
  let p = q + (triple ? 3 : 1);
  while (p < n) {
    const c = t.charCodeAt(p);
    if (c === quote) {
      if (!triple) return p + 1;
      if (t.charCodeAt(p + 1) === quote && t.charCodeAt(p + 2) === quote) return p + 3;
      p++;
    } else if (c === BACKSLASH) p = skipEscape(t, p, raw, f);
    else if (c === NL || c === CR) {
      if (!triple) return p;
      p++;
    } else if (f && c === LBRACE) {
      p = t.charCodeAt(p + 1) === LBRACE ? p + 2 : skipField(t, p + 1, quote, triple);
    } else p++;
  }
  return n;
}

/**
 * Skips a triple-quoted string that is not an f-string (most docstrings) by searching for its closing
 * quotes: a run of backslashes before them escapes the first quote when the run is odd.
 */
function skipTripleQuoted(t: string, q: number): number {
  const close = t.charCodeAt(q) === SQUOTE ? "'''" : '"""';
  let p = q + 3;
  for (;;) {
    const found = t.indexOf(close, p);
    if (found < 0) return t.length;
    let slashes = 0;
    while (t.charCodeAt(found - 1 - slashes) === BACKSLASH) slashes++;
    if ((slashes & 1) === 0) return found + 3;
    p = found + 1;
  }
}

/** Skips a backslash and what it escapes; `\{` in an f-string leaves the brace (it still opens a field). */
function skipEscape(t: string, p: number, raw: boolean, f: boolean): number {
  const next = t.charCodeAt(p + 1);
  if (f && next === LBRACE) return p + 1;
  if (f && !raw && next === N_UPPER && t.charCodeAt(p + 2) === LBRACE) {
    const close = t.indexOf('}', p + 3);
    return close < 0 ? t.length : close + 1;
  }
  if (next === CR && t.charCodeAt(p + 2) === NL) return p + 3;
  return p + 2;
}

function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c >= 128;
}

/** Flags of a string prefix (`rb`, `F`, …): bit 1 raw, bit 2 f-string, bit 4 bytes; -1 when not a prefix. */
export function prefixFlags(t: string, start: number, end: number): number {
  const len = end - start;
  if (len > 2) return -1;
  let flags = 0;
  for (let p = start; p < end; p++) {
    const bit = PREFIX_BITS[t.charCodeAt(p) | 32] ?? 0;
    if (bit === 0 || (flags & bit) !== 0) return -1;
    flags |= bit;
  }
  if ((flags & 8) !== 0 && len > 1) return -1; // `u` stands alone
  if ((flags & 6) === 6) return -1; // no `fb`
  return flags & 7;
}
const PREFIX_BITS: Record<number, number> = { 114: 1, 102: 2, 98: 4, 117: 8 };

/**
 * Skips an f-string replacement field from just after its `{` to just past its `}`: an expression
 * (nested brackets and strings), an optional `!conversion` and an optional `:format spec` that may
 * itself hold fields.
 */
function skipField(t: string, p: number, quote: number, triple: boolean): number {
  const n = t.length;
  let depth = 0;
  while (p < n) {
    const c = t.charCodeAt(p);
    if (c === SQUOTE || c === DQUOTE) p = skipString(t, p, false, false);
    else if (isNameChar(c)) p = skipNameOrString(t, p);
    else if (c === 40 || c === 91 || c === LBRACE) {
      depth++;
      p++;
    } else if (c === 41 || c === 93 || c === RBRACE) {
      if (depth === 0) return c === RBRACE ? p + 1 : p;
      depth--;
      p++;
    } else if (c === COLON && depth === 0) return skipFormatSpec(t, p + 1, quote, triple);
    else if (c === HASH) p = lineEnd(t, p);
    else if ((c === NL || c === CR) && !triple) return p;
    else p++;
  }
  return n;
}

/** Skips a name, or a prefixed string when the name is a prefix directly followed by a quote. */
function skipNameOrString(t: string, p: number): number {
  const start = p;
  while (p < t.length && isNameChar(t.charCodeAt(p))) p++;
  const c = t.charCodeAt(p);
  if (c !== SQUOTE && c !== DQUOTE) return p;
  const flags = prefixFlags(t, start, p);
  return flags < 0 ? p : skipString(t, p, (flags & 1) !== 0, (flags & 2) !== 0);
}

/** Skips a format spec up to and including its closing `}`; it stops before the outer closing quote. */
function skipFormatSpec(t: string, p: number, quote: number, triple: boolean): number {
  const n = t.length;
  while (p < n) {
    const c = t.charCodeAt(p);
    if (c === LBRACE) p = skipField(t, p + 1, quote, triple);
    else if (c === RBRACE) return p + 1;
    else if (c === quote || ((c === NL || c === CR) && !triple)) return p;
    else p++;
  }
  return n;
}

/** The offset of the line break ending the line that holds `p` (or the end of the text). */
export function lineEnd(t: string, p: number): number {
  const n = t.length;
  while (p < n) {
    const c = t.charCodeAt(p);
    if (c === NL || c === CR) return p;
    p++;
  }
  return n;
}
