import { headerValue } from '../header/header';
import type { RelPath } from '../workspace/paths';
import type { AnalyzeContext } from './context';
import type { DeclarationFact } from './facts';

/** What a file holds, as far as the layer it belongs to goes. */
export interface FileContent {
  /** Only data shapes (the language's schema kinds), no ORM. */
  schemasOnly: boolean;
  /** No ORM anywhere: no run-time ORM import and no declaration using one. */
  ormFree: boolean;
  schemaDecls: DeclarationFact[];
  /** Declarations referring to an ORM binding. */
  ormDecls: DeclarationFact[];
  /** Functions (the language's function kind) referring to an ORM binding. */
  ormFunctions: DeclarationFact[];
  /** Declarations that are neither schemas nor ORM users: pure logic. */
  logicDecls: DeclarationFact[];
  /** The first run-time ORM import, as evidence. */
  ormImport?: { line: number; specifier: string };
}

/** Sorts a file's declarations into schemas, ORM users and pure logic; undefined for unread files. */
export function fileContent(ctx: AnalyzeContext, file: RelPath): FileContent | undefined {
  const lang = ctx.lang(file);
  const decls = ctx.declarations(file);
  if (!lang || !decls) return undefined;
  const usesOrm = (d: DeclarationFact) => d.usesModules.some((m) => ctx.isOrm(m));
  const imp = ctx.index.importsOf(file).find((i) => !i.typeOnly && ctx.isOrm(i.specifier, i.resolved));
  const ormDecls = decls.filter(usesOrm);
  const schemaDecls = decls.filter((d) => lang.schemaKinds.includes(d.kind) && !usesOrm(d));
  return {
    schemasOnly: decls.length > 0 && schemaDecls.length === decls.length && !imp,
    ormFree: !imp && ormDecls.length === 0,
    schemaDecls,
    ormDecls,
    ormFunctions: ormDecls.filter((d) => d.kind === lang.functionKind),
    logicDecls: decls.filter((d) => !schemaDecls.includes(d) && !ormDecls.includes(d)),
    ormImport: imp && { line: imp.line, specifier: imp.specifier },
  };
}

/** True when the file's `Layer:` header disagrees with its folder's layer, as HEADER_LAYER judges it. */
export function headerDisagrees(ctx: AnalyzeContext, file: RelPath): boolean {
  const declared = ctx.declared(file);
  const folder = ctx.layerOf(file);
  if (declared.length === 0 || folder === undefined) return false;
  if (!declared.includes(folder)) return true;
  return declared.length > 1 && !/hybrid/i.test(headerValue(ctx.header(file), 'Layer') ?? '');
}
