import type { ts } from 'ts-morph';
import { cutBlocks, type Block } from './blocks';
import type { Needs, SplitDeps } from './dependencies';
import { wasExported } from './exports';
import { dropBindings, insertImports } from './import-edits';
import type { FileModel } from './model';
import { namedLine, type Style } from './render';
import { applyEdits, attachedStart, lineCut, removeListElements, trailingEnd, type Edit } from './text-edits';

export interface SourceEdit {
  blocks: Block[];
  /** Staying statements that must become exported, because the target imports them. */
  exportAt: Set<ts.Statement>;
  /** Lines that import the moved names back (and re-export them with `reexport`). */
  lines: string[];
  eol: string;
}

/**
 * The source after the split: moved blocks cut with their lines, imports only the moved code used
 * dropped, moved names taken out of local export lists, needed declarations exported, and the
 * moved names it still uses imported back. Every other byte stays as it was.
 */
export function rewriteSource(m: FileModel, deps: SplitDeps, edit: SourceEdit): string {
  const moved = new Set(deps.moved.flatMap((u) => u.decls.map((d) => d.stmt)));
  const drop = dropBindings(m, deps.dropped);
  const lists = exportListEdits(m, deps.movedNames);
  const exports = [...edit.exportAt].map((s) => ({ start: s.getStart(m.sf), end: s.getStart(m.sf), text: 'export ' }));
  const keep = (s: ts.Statement) => !moved.has(s) && !drop.removed.has(s) && !lists.removed.has(s);
  const insert = insertImports(m, edit.lines, edit.eol, keep);
  const text = applyEdits(m.text, [...cutBlocks(m, edit.blocks), ...drop.edits, ...lists.edits, ...exports, ...insert]);
  return tidyEnd(m.text, text, edit.eol);
}

/** Cuts at the end of a file can leave blank lines there; a file that ended in one line break still does. */
function tidyEnd(before: string, after: string, eol: string): string {
  if (!before.endsWith('\n') || /\n[ \t]*\r?\n\s*$/.test(before)) return after;
  const body = after.replace(/\s+$/, '');
  return body === '' ? '' : body + eol;
}

/** Takes moved names out of `export { … }` lists; a list left empty goes with its line. */
function exportListEdits(m: FileModel, movedNames: Set<string>): { edits: Edit[]; removed: Set<ts.Statement> } {
  const edits: Edit[] = [];
  const removed = new Set<ts.Statement>();
  for (const stmt of new Set(m.exports.map((e) => e.stmt))) {
    const elements = m.exports.filter((e) => e.stmt === stmt);
    const gone = elements.map((e) => movedNames.has(e.local));
    if (!gone.some(Boolean)) continue;
    if (gone.every(Boolean)) {
      removed.add(stmt);
      edits.push({ ...lineCut(m.text, attachedStart(m.text, stmt, m.headerEnd, m.sf), trailingEnd(m.text, stmt)), text: '' });
    } else edits.push(...removeListElements(elements.map((e) => ({ start: e.element.getStart(m.sf), end: e.element.getEnd() })), gone));
  }
  return { edits, removed };
}

/**
 * The source's new import lines: the moved names it still uses (a type-only import when it uses
 * them only as types), and with `reexport` an `export { … } from` of the moved names it exported.
 */
export function sourceLines(m: FileModel, deps: SplitDeps, spec: string, reexport: boolean, style: Style): string[] {
  const names = (needs: Needs, runtime: boolean) => deps.moved.flatMap((u) => u.names).filter((n) => needs.get(n) === runtime);
  const lines: string[] = [];
  const values = names(deps.usedBack, true);
  const types = names(deps.usedBack, false);
  if (values.length) lines.push(namedLine(style, 'import', values, spec));
  if (types.length) lines.push(namedLine(style, 'import type', types, spec));
  if (!reexport) return lines;
  const exported = deps.moved.filter((u) => wasExported(m, u));
  const valueNames = exported.filter((u) => u.decls.some((d) => d.value)).flatMap((u) => u.names);
  const typeNames = exported.filter((u) => u.decls.every((d) => !d.value)).flatMap((u) => u.names);
  if (valueNames.length) lines.push(namedLine(style, 'export', valueNames, spec));
  if (typeNames.length) lines.push(namedLine(style, 'export type', typeNames, spec));
  return lines;
}
