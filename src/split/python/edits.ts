/** A replacement of `[start, end)` of a text; an insertion has `start === end`. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/**
 * Applies edits made against the same original text (none may overlap another's range but in blank
 * lines). Insertions at one offset land in the order given, after a deletion that ends there or spans them.
 */
export function applyTextEdits(text: string, edits: TextEdit[]): string {
  const order = edits.map((e, i) => ({ e, i })).sort((a, b) => a.e.start - b.e.start || a.e.end - b.e.end || a.i - b.i);
  let out = '';
  let at = 0;
  for (const { e } of order) {
    // An insertion where a removal (with its blank lines) just ended lands after it.
    if (e.start < at && e.start === e.end) {
      out += e.text;
      continue;
    }
    // Two removals may both take the blank lines between them: the second keeps its part past the first.
    const start = e.start < at && text.slice(e.start, at).trim() === '' ? Math.min(at, e.end) : e.start;
    if (start < at) throw new Error(`overlapping edits at ${e.start}-${e.end}`);
    out += text.slice(at, start) + e.text;
    at = Math.max(at, e.end);
  }
  return out + text.slice(at);
}

/** The offset past the blank lines that follow `offset` (a line start). */
export function skipBlankLines(text: string, offset: number): number {
  let at = offset;
  for (;;) {
    const m = /^[ \t]*(\r?\n|$)/.exec(text.slice(at, at + 200));
    if (!m || m[0] === '' || at >= text.length) return at;
    at += m[0].length;
  }
}

/** The start of the blank lines that precede `offset` (a line start). */
export function blankLinesBefore(text: string, offset: number): number {
  let at = offset;
  while (at > 0) {
    const prev = text.lastIndexOf('\n', at - 2) + 1;
    if (text.slice(prev, at).trim() !== '') return at;
    at = prev;
  }
  return at;
}

/** The line break a file uses. */
export function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}
