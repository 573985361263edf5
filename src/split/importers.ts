import { ts } from 'ts-morph';
import { StateError } from '../errors';
import type { ResolvedImport } from '../workspace/import-index';
import type { RelPath } from '../workspace/paths';
import { writeSpecifier } from '../workspace/specifier';
import type { Workspace } from '../workspace/workspace';
import type { SplitProject } from './model';
import { namespaceEdits } from './namespace-importer';
import { applyEdits, eolOf, lineCut, removeListElements, type Edit } from './text-edits';

/** How a file loads a module other than by an import or re-export declaration, as a message names it. */
const LOADERS: Record<string, string> = {
  'import-equals': 'import = require()', dynamic: 'import()', require: 'require()', augmentation: 'a module augmentation (declare module)', jsdoc: 'a JSDoc import() type',
};
/** References to the file itself, not to names in it: the source stays where it is, so they stay right. */
const PATH_ONLY = new Set<ResolvedImport['kind']>(['mock', 'require-resolve', 'import-meta-resolve', 'reference-path', 'reference-types']);

export interface ImporterContext {
  ws: Workspace;
  project: SplitProject;
  source: RelPath;
  to: RelPath;
  movedNames: Set<string>;
}

/**
 * One importer of the source after the split: each import or re-export that takes moved names is
 * repointed, or split in two; `export * from` the source gains a sibling `export * from` the target;
 * namespace imports follow namespace-importer.ts. Returns undefined when nothing changes.
 */
export function repointImporter(ctx: ImporterContext, file: RelPath, records: ResolvedImport[]): string | undefined {
  const sf = ctx.project.sourceFile(file);
  const text = sf.getFullText();
  const edits: Edit[] = [];
  for (const r of records) {
    const spec = writeSpecifier(ctx.ws.settings, file, ctx.to, r.specifier);
    const repoint = { start: r.start + 1, end: r.end - 1, text: spec };
    if (PATH_ONLY.has(r.kind)) continue;
    if (r.kind === 'jsdoc') {
      if (ctx.movedNames.has(jsdocMember(text, r.end))) edits.push(repoint);
      continue;
    }
    if (r.kind !== 'import' && r.kind !== 'export') {
      throw new StateError(`${file}:${r.line} loads ${ctx.source} with ${LOADERS[r.kind]}, which cannot follow the moved names; set reexport: true to keep it working`);
    }
    const stmt = sf.statements.find((s) => s.getStart(sf) === r.stmtStart);
    if (r.star && r.namespace !== undefined) throw new StateError(`${file}:${r.line} re-exports ${ctx.source} as namespace ${r.namespace}, which a split changes; set reexport: true to keep it working`);
    if (r.star) edits.push(...starEdits(ctx, file, text, r, spec));
    else if (stmt && ts.isImportDeclaration(stmt) && stmt.importClause?.namedBindings && ts.isNamespaceImport(stmt.importClause.namedBindings)) {
      const lineFor = (name: string) => `import ${r.typeOnly ? 'type ' : ''}* as ${name} from ${text[r.start]}${spec}${text[r.start]}${text[r.stmtEnd - 1] === ';' ? ';' : ''}`;
      edits.push(...namespaceEdits({ file, sf, checker: ctx.project.checker(), decl: stmt, ...ctx, lineFor, repoint, eol: eolOf(text) }));
    } else if (stmt) edits.push(...namedEdits(ctx, sf, stmt, r, spec, repoint));
  }
  return edits.length ? applyEdits(text, edits) : undefined;
}

const MEMBER = /\)\.([\w$]+)/y;

/** The name a JSDoc `import('x').Name` type takes (`end`: the end of its string literal), or ''. */
function jsdocMember(text: string, end: number): string {
  MEMBER.lastIndex = end;
  return MEMBER.exec(text)?.[1] ?? '';
}

/** `export * from './source'`: add `export * from './target'` after it, unless the file has one. */
function starEdits(ctx: ImporterContext, file: RelPath, text: string, r: ResolvedImport, spec: string): Edit[] {
  if (ctx.ws.index().importsOf(file).some((i) => i.star && i.namespace === undefined && i.resolved === ctx.to)) return [];
  const line = text.slice(r.stmtStart, r.start + 1) + spec + text.slice(r.end - 1, r.stmtEnd);
  return [{ start: r.stmtEnd, end: r.stmtEnd, text: eolOf(text) + line }];
}

/**
 * `import { a, b } from './source'` with `b` moved: repointed when every name moved, else `b` leaves
 * the list for a declaration of its own right after, written like the original (`import type`,
 * inline `type`, `as`, quotes, semicolon, one name a line when the list was written so). When the
 * file already has such a declaration from the target (an earlier split), `b` joins its list instead.
 */
function namedEdits(ctx: ImporterContext, sf: ts.SourceFile, stmt: ts.Statement, r: ResolvedImport, spec: string, repoint: Edit): Edit[] {
  const list = namedList(stmt);
  if (!list) return [];
  const moved = list.elements.map((el) => ctx.movedNames.has((el.propertyName ?? el.name).text));
  if (!moved.some(Boolean)) return [];
  const text = sf.getFullText();
  const parts = list.elements.filter((_, i) => moved[i]).map((el) => el.getText(sf));
  const clause = ts.isImportDeclaration(stmt) ? stmt.importClause : undefined;
  const sibling = siblingList(ctx, r.file, sf, stmt);
  let removal: Edit[];
  if (!moved.every(Boolean)) removal = removeListElements(list.elements.map((el) => ({ start: el.getStart(sf), end: el.getEnd() })), moved);
  else if (clause?.name) removal = [{ start: clause.name.getEnd(), end: list.getEnd(), text: '' }];
  else if (sibling) removal = [{ ...lineCut(text, stmt.getStart(sf), stmt.getEnd()), text: '' }];
  else return [repoint];
  if (sibling) return [...removal, appendToList(text, sf, sibling, parts)];
  const line = `${headOf(stmt)} ${listText(text, sf, list, parts)} from ${text[r.start]}${spec}${text[r.start]}${text[r.stmtEnd - 1] === ';' ? ';' : ''}`;
  return [...removal, { start: r.stmtEnd, end: r.stmtEnd, text: eolOf(text) + line }];
}

/** `import`, `import type`, `export` or `export type`. */
function headOf(stmt: ts.Statement): string {
  if (ts.isImportDeclaration(stmt)) return `import${stmt.importClause?.isTypeOnly ? ' type' : ''}`;
  return `export${(stmt as ts.ExportDeclaration).isTypeOnly ? ' type' : ''}`;
}

/** Another declaration of the file, of the same kind, that already takes names from the target. */
function siblingList(ctx: ImporterContext, file: RelPath, sf: ts.SourceFile, stmt: ts.Statement): ts.NamedImports | ts.NamedExports | undefined {
  const resolver = ctx.ws.index().resolver;
  for (const other of sf.statements) {
    if (other === stmt || other.kind !== stmt.kind || headOf(other) !== headOf(stmt)) continue;
    const spec = (other as ts.ImportDeclaration | ts.ExportDeclaration).moduleSpecifier;
    const list = namedList(other);
    if (list && spec && ts.isStringLiteral(spec) && resolver.resolve(file, spec.text, 'import') === ctx.to) return list;
  }
  return undefined;
}

/** The edit that adds elements at the end of an existing list, in its layout. */
function appendToList(text: string, sf: ts.SourceFile, list: ts.NamedImports | ts.NamedExports, parts: string[]): Edit {
  const last = list.elements[list.elements.length - 1];
  const multiline = list.getText(sf).includes('\n');
  const indent = /^[ \t]*/.exec(text.slice(text.lastIndexOf('\n', last.getStart(sf) - 1) + 1))?.[0] ?? '';
  const added = parts.map((p) => (multiline ? `,${eolOf(text)}${indent}${p}` : `, ${p}`)).join('');
  return { start: last.getEnd(), end: last.getEnd(), text: added };
}

function namedList(stmt: ts.Statement): ts.NamedImports | ts.NamedExports | undefined {
  if (ts.isImportDeclaration(stmt)) {
    const nb = stmt.importClause?.namedBindings;
    return nb && ts.isNamedImports(nb) ? nb : undefined;
  }
  return ts.isExportDeclaration(stmt) && stmt.exportClause && ts.isNamedExports(stmt.exportClause) ? stmt.exportClause : undefined;
}

/** `{ a, b }`, or one element a line with the original's indentation when the list spans lines. */
function listText(text: string, sf: ts.SourceFile, list: ts.NamedImports | ts.NamedExports, parts: string[]): string {
  if (!list.getText(sf).includes('\n')) return `{ ${parts.join(', ')} }`;
  const indentAt = (pos: number) => /^[ \t]*/.exec(text.slice(text.lastIndexOf('\n', pos - 1) + 1))?.[0] ?? '';
  const eol = eolOf(text);
  const inner = list.elements[0].getStart(sf);
  const comma = list.elements.hasTrailingComma ? ',' : '';
  return `{${eol}${parts.map((p) => indentAt(inner) + p).join(',' + eol)}${comma}${eol}${indentAt(list.getEnd() - 1)}}`;
}
