import type { PyDeclaration, PyImport } from '../../lang/python/declarations';
import type { PySplitDeps } from './dependencies';
import { applyTextEdits, blankLinesBefore, skipBlankLines, type TextEdit } from './edits';
import { indentLines, typeCheckingBlock, type ImportLines } from './needed-imports';
import type { PyModel } from './module';
import { joinExisting } from './join-imports';
import { dropImportEdits } from './source-imports';
import { allEntryEdits } from './all-list';

/** What the source gains: the lines that import moved names back (or re-export them). */
export interface SourceChange {
  back: ImportLines;
  /** Keep moved names in `__all__` (they are re-exported). */
  reexport: boolean;
  /** The line binding TYPE_CHECKING, when type-only lines are added and the source has none. */
  typeCheckingImport?: string;
  eol: string;
}

/**
 * The source after the split: moved blocks cut with their comments, imports only the moved code read
 * dropped (or trimmed), moved names taken out of `__all__`, and the moved names it still reads
 * imported back. Every other byte stays as it was.
 */
export function rewriteSource(m: PyModel, deps: PySplitDeps, change: SourceChange): string {
  const drop = dropImportEdits(m, deps.dropped, change.eol, { needed: change.back.typeOnly.length > 0, add: change.typeCheckingImport !== undefined });
  const guard = drop.typeCheckingAdded ? { ...change, typeCheckingImport: undefined } : change;
  const edits = [...cutEdits(m, deps.moved), ...drop.edits, ...insertEdits(m, drop.emptied.size > 0, drop.gone, guard)];
  if (!change.reexport) edits.push(...allEntryEdits(m, deps.movedNames));
  let text = applyTextEdits(m.text, edits);
  // What went from the top of the file leaves no blank lines there.
  if (!/^[ \t]*\r?\n/.test(m.text)) text = text.replace(/^([ \t]*\r?\n)+/, '');
  const body = text.replace(/\s+$/, '');
  return body === '' ? '' : body + change.eol;
}

/**
 * Each run of moved blocks (neighbours with only blank lines between them cut as one) goes with the
 * blank lines around it, the longer of the two gaps staying, so the code around keeps its spacing.
 */
function cutEdits(m: PyModel, moved: PyDeclaration[]): TextEdit[] {
  const runs: { start: number; end: number }[] = [];
  for (const d of [...moved].sort((a, b) => a.start - b.start)) {
    const last = runs[runs.length - 1];
    if (last && m.text.slice(last.end, d.start).trim() === '') last.end = d.end;
    else runs.push({ start: d.start, end: d.end });
  }
  return runs.map(({ start, end }) => {
    const before = Math.max(blankLinesBefore(m.text, start), m.headerEnd === 0 ? 0 : Math.min(start, lineEnd(m.text, m.headerEnd)));
    const after = skipBlankLines(m.text, end);
    if (after >= m.text.length || before === 0) return { start: before, end: after, text: '' };
    const lead = m.text.slice(before, start);
    const trail = m.text.slice(end, after);
    return { start: before, end: after, text: trail.length >= lead.length ? trail : lead };
  });
}

function lineEnd(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl < 0 ? text.length : nl + 1;
}

/** The import-back lines after the last top-level import; type-only ones in the last kept `if TYPE_CHECKING:` block or a new one. */
function insertEdits(m: PyModel, blocksEmptied: boolean, gone: Set<PyImport>, change: SourceChange): TextEdit[] {
  const { back, eol } = change;
  const runtime = m.facts.imports.filter((i) => !i.typeOnly);
  const kept = runtime.filter((i) => !gone.has(i));
  // After the last import that stays, else where the last one was, else above the first statement.
  const anchor = kept.length ? kept : runtime;
  const at = anchor.length ? Math.max(...anchor.map((i) => i.end)) : firstStatement(m);
  const block = blocksEmptied || !back.typeOnly.length ? undefined : m.typeChecking[m.typeChecking.length - 1];
  const guard = back.typeOnly.length && !block && change.typeCheckingImport ? change.typeCheckingImport + eol : '';
  // The import-back lines are a group of their own, unless they follow a relative import.
  const apart = guard !== '' || kept.some((i) => i.end === at && i.level === 0) ? eol : '';
  const joined = joinExisting(m, back.runtime, eol, gone);
  let text = guard + (joined.rest.length ? apart + indentLines(joined.rest, '', eol) : '');
  if (back.typeOnly.length && !block) text += eol + typeCheckingBlock(back.typeOnly, '    ', eol);
  const edits: TextEdit[] = text ? [...joined.edits, { start: at, end: at, text: text + (runtime.length ? '' : eol) }] : joined.edits;
  if (block) edits.push({ start: block.end, end: block.end, text: indentLines(back.typeOnly, block.indent, eol) });
  return edits;
}

/** Where a module without imports takes its first one: its first statement after the header. */
function firstStatement(m: PyModel): number {
  const starts = [...m.facts.declarations, ...m.facts.other].map((s) => s.start).filter((s) => s >= m.headerEnd);
  return starts.length ? Math.min(...starts) : m.text.length;
}
