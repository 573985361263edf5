import { ts } from 'ts-morph';

/** A replacement of `[start, end)` of a text; an insertion has `start === end`. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/**
 * Applies edits made against the same original text. Insertions at one offset land in the order
 * given; a deletion that starts where an insertion is made is applied first, so the insertion stays.
 */
export function applyEdits(text: string, edits: Edit[]): string {
  const order = edits
    .map((e, i) => ({ e, i }))
    .sort((a, b) => b.e.start - a.e.start || b.e.end - a.e.end || b.i - a.i);
  let out = text;
  let floor = Infinity;
  for (const { e } of order) {
    if (e.end > floor) throw new Error(`overlapping edits at ${e.start}-${e.end}`);
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
    floor = e.start;
  }
  return out;
}

/** The line break a file uses. */
export function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** Start of the line holding `pos`. */
export function lineStart(text: string, pos: number): number {
  return text.lastIndexOf('\n', pos - 1) + 1;
}

/** Offset after the line break that ends the line holding `pos` (the text's end on the last line). */
function nextLineStart(text: string, pos: number): number {
  const nl = text.indexOf('\n', pos);
  return nl < 0 ? text.length : nl + 1;
}

function isBlank(text: string, from: number, to: number): boolean {
  return text.slice(from, to).trim() === '';
}

/**
 * The range that deletes `[start, end)` together with its lines when it fills them, and one of the
 * blank lines around it when it sat between two, so no doubled blank line or leading gap is left.
 */
export function lineCut(text: string, start: number, end: number): { start: number; end: number } {
  const ls = lineStart(text, start);
  const le = nextLineStart(text, end);
  if (!isBlank(text, ls, start) || !isBlank(text, end, le)) return { start, end };
  const blankBelow = le >= text.length || isBlank(text, le, nextLineStart(text, le));
  if (ls === 0) return { start: 0, end: blankBelow && le < text.length ? nextLineStart(text, le) : le };
  const above = lineStart(text, ls - 1);
  const blankAbove = isBlank(text, above, ls);
  return { start: blankAbove && blankBelow ? above : ls, end: le };
}

/**
 * Where a statement's own comments begin: the comments right above it (JSDoc included), stopping at
 * a blank line, which detaches a comment (a section banner), and before the file's header.
 */
export function attachedStart(text: string, node: ts.Node, headerEnd: number, sf: ts.SourceFile): number {
  let cur = node.getStart(sf);
  const comments = ts.getLeadingCommentRanges(text, node.getFullStart()) ?? [];
  for (let i = comments.length - 1; i >= 0; i--) {
    const c = comments[i];
    const gap = text.slice(c.end, cur);
    if ((gap.match(/\n/g) ?? []).length > 1 || c.pos < headerEnd) break;
    cur = c.pos;
  }
  return cur;
}

/** The end of a statement with the comments that follow it on its last line. */
export function trailingEnd(text: string, node: ts.Node): number {
  const comments = ts.getTrailingCommentRanges(text, node.getEnd()) ?? [];
  return comments.length ? comments[comments.length - 1].end : node.getEnd();
}

/**
 * Edits that delete some elements of a comma-separated list (`{ a, b, c }`) and keep its layout: a
 * run of deleted elements takes the separator after it, or before it when it ends the list.
 * Every element must not be deleted; the caller removes the whole list then.
 */
export function removeListElements(elements: readonly { start: number; end: number }[], remove: readonly boolean[]): Edit[] {
  const edits: Edit[] = [];
  for (let i = 0; i < elements.length; i++) {
    if (!remove[i]) continue;
    let j = i;
    while (j + 1 < elements.length && remove[j + 1]) j++;
    if (j + 1 < elements.length) edits.push({ start: elements[i].start, end: elements[j + 1].start, text: '' });
    else edits.push({ start: elements[i - 1].end, end: elements[j].end, text: '' });
    i = j;
  }
  return edits;
}
