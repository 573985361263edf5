import type { Node } from 'web-tree-sitter';

/** The offset where the line holding `offset` begins. */
function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** The offset just past the line break ending the line that holds `offset` (or the end of the text). */
function lineEndOf(text: string, offset: number): number {
  const lineBreak = text.indexOf('\n', offset);
  return lineBreak < 0 ? text.length : lineBreak + 1;
}

/** The statement's whole lines: from its first line's start to past its last line's break. */
export function statementLines(text: string, node: Node): { start: number; end: number } {
  return { start: lineStartOf(text, node.startIndex), end: lineEndOf(text, Math.max(node.startIndex, node.endIndex - 1)) };
}

/**
 * The statement's whole lines plus the comment lines directly above it: each such comment must sit
 * alone on its line, with no blank line between it and what follows. A `#!` line opening the file is
 * never one (it belongs to the file, not to the first declaration).
 */
export function statementLinesWithComments(text: string, node: Node): { start: number; end: number } {
  const lines = statementLines(text, node);
  let firstRow = node.startPosition.row;
  let comment = node.previousSibling;
  while (comment && comment.type === 'comment' && comment.endPosition.row === firstRow - 1) {
    const lineStart = lineStartOf(text, comment.startIndex);
    if (text.slice(lineStart, comment.startIndex).trim() !== '') break;
    if (comment.startPosition.row === 0 && comment.text.startsWith('#!')) break;
    lines.start = lineStart;
    firstRow = comment.startPosition.row;
    comment = comment.previousSibling;
  }
  return lines;
}
