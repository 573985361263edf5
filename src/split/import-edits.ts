import { ts } from 'ts-morph';
import type { ImportBinding } from './bindings';
import type { FileModel } from './model';
import { attachedStart, lineCut, lineStart, removeListElements, trailingEnd, type Edit } from './text-edits';

/** Edits that drop import bindings, and the import statements that go away entirely. */
export interface DropEdits {
  edits: Edit[];
  removed: Set<ts.Statement>;
}

/**
 * Drops the named local bindings from a file's imports: an import left with none goes with its line,
 * otherwise only the binding goes (`import D, { a, b }` keeps the rest of its layout).
 */
export function dropBindings(m: FileModel, locals: Set<string>): DropEdits {
  const byStmt = new Map<ts.Statement, ImportBinding[]>();
  for (const b of m.bindings) byStmt.set(b.stmt, [...(byStmt.get(b.stmt) ?? []), b]);
  const edits: Edit[] = [];
  const removed = new Set<ts.Statement>();
  for (const [stmt, all] of byStmt) {
    const gone = all.filter((b) => locals.has(b.local));
    if (!gone.length) continue;
    if (gone.length === all.length) {
      removed.add(stmt);
      edits.push({ ...lineCut(m.text, attachedStart(m.text, stmt, m.headerEnd, m.sf), trailingEnd(m.text, stmt)), text: '' });
    } else if (ts.isImportDeclaration(stmt)) edits.push(...clauseEdits(m.sf, stmt, gone));
  }
  return { edits, removed };
}

/** Removes some, not all, of the bindings of an import clause. */
function clauseEdits(sf: ts.SourceFile, stmt: ts.ImportDeclaration, gone: ImportBinding[]): Edit[] {
  const clause = stmt.importClause as ts.ImportClause;
  const nb = clause.namedBindings;
  const goneForm = (form: string) => gone.some((b) => b.form === form);
  const named = nb && ts.isNamedImports(nb) ? nb.elements : undefined;
  const namedGone = named?.map((el) => gone.some((b) => b.element === el)) ?? [];
  const allNamedGone = named !== undefined && namedGone.every(Boolean);
  if (clause.name && goneForm('default')) return [{ start: clause.name.getStart(sf), end: (nb as ts.Node).getStart(sf), text: '' }];
  if (clause.name && nb && (goneForm('namespace') || allNamedGone)) return [{ start: clause.name.getEnd(), end: nb.getEnd(), text: '' }];
  if (!named) return [];
  return removeListElements(named.map((el) => ({ start: el.getStart(sf), end: el.getEnd() })), namedGone);
}

/** Where new import lines go: after the last import kept, else above the first statement kept, else at the end. */
export function insertImports(m: FileModel, lines: string[], eol: string, keep: (s: ts.Statement) => boolean): Edit[] {
  if (!lines.length) return [];
  const body = lines.join(eol);
  const isImport = (s: ts.Statement) => ts.isImportDeclaration(s) || (ts.isImportEqualsDeclaration(s) && ts.isExternalModuleReference(s.moduleReference));
  const lastImport = [...m.sf.statements].reverse().find((s) => isImport(s) && keep(s));
  if (lastImport) {
    const at = trailingEnd(m.text, lastImport);
    return [{ start: at, end: at, text: eol + body }];
  }
  const first = m.sf.statements.find((s) => !isImport(s) && keep(s));
  if (first) {
    const at = lineStart(m.text, attachedStart(m.text, first, m.headerEnd, m.sf));
    return [{ start: at, end: at, text: body + eol + eol }];
  }
  const text = m.text;
  const lead = text.trim() === '' ? '' : (text.endsWith('\n') ? '' : eol) + eol;
  return [{ start: text.length, end: text.length, text: lead + body + eol }];
}
