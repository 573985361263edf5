import type { Node } from 'web-tree-sitter';
import { namedChildrenOf } from '../../lang/python/decl-scope';
import { withTree } from '../../lang/python/parser';
import { keepRegion } from '../barrel-layout';

/** The markers of an `__init__.py`'s hand-kept region. */
export const PY_KEEP_MARKERS = { start: '# remediate:keep-start', end: '# remediate:keep-end' };

/** The parts of an existing `__init__.py` that regeneration keeps, and its line breaks. */
export interface PyBarrelLayout {
  /** The leading comment lines and module docstring, verbatim (up to the end of the last one's line). */
  prologue?: string;
  /** The hand-kept region, markers included, verbatim; `above` when no generated import precedes it. */
  keep?: { text: string; above: boolean };
  eol: string;
  /** Whether the file ends with a line break (a new or empty barrel does). */
  finalEol: boolean;
}

/** Reads an `__init__.py`'s prologue (header, notes, docstring), keep region and line breaks. */
export function readPythonLayout(file: string, current: string | undefined): PyBarrelLayout {
  const text = current ?? '';
  const keep = keepRegion(file, text, PY_KEEP_MARKERS);
  const keepRow = keep === undefined ? Infinity : rowOf(text, keep.start);
  const { lastPrologueRow, firstImportRow } = withTree(text, (root) => scan(namedChildrenOf(root), keepRow));
  return {
    prologue: lastPrologueRow < 0 ? undefined : text.slice(0, lineEnd(text, lastPrologueRow)),
    keep: keep ? { text: text.slice(keep.start, keep.end), above: firstImportRow >= keepRow } : undefined,
    eol: text.includes('\r\n') ? '\r\n' : '\n',
    finalEol: text === '' || text.endsWith('\n'),
  };
}

/**
 * The last row of the prologue (comments, then at most one docstring, then comments; -1 when there
 * is none) and the row of the first import after it. The keep-start marker ends the prologue.
 */
function scan(top: Node[], keepRow: number): { lastPrologueRow: number; firstImportRow: number } {
  let lastPrologueRow = -1;
  let i = 0;
  let docstringSeen = false;
  for (; i < top.length && top[i].startPosition.row < keepRow; i++) {
    const node = top[i];
    const isDocstring: boolean = !docstringSeen && node.type === 'expression_statement' && node.namedChildCount === 1 && node.namedChild(0)?.type === 'string';
    if (node.type !== 'comment' && !isDocstring) break;
    docstringSeen ||= isDocstring;
    lastPrologueRow = node.endPosition.row;
  }
  const firstImport = top.slice(i).find((n) => n.type === 'import_from_statement' || n.type === 'import_statement');
  return { lastPrologueRow, firstImportRow: firstImport?.startPosition.row ?? Infinity };
}

/** The 0-based row holding offset `at`. */
function rowOf(text: string, at: number): number {
  let row = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) row++;
  return row;
}

/** The offset ending row `row` (before its line break). */
function lineEnd(text: string, row: number): number {
  let start = 0;
  for (let r = 0; r < row; r++) start = text.indexOf('\n', start) + 1;
  const nl = text.indexOf('\n', start);
  const end = nl < 0 ? text.length : nl;
  return text[end - 1] === '\r' ? end - 1 : end;
}
