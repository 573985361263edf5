import type ts from 'typescript';
import { tsc } from '../workspace/typescript';
import type { Overlay } from '../workspace/overlay';
import type { RelPath } from '../workspace/paths';
import type { ModuleResolver } from '../workspace/resolver';

/** A name a module exports. */
export interface ExportedName {
  typeOnly: boolean;
  /** The file that declares it (re-exports followed). */
  origin: RelPath;
}

/** What a module exports; `opaque` when it re-exports everything of a module outside the tree. */
export interface ModuleExports {
  names: Map<string, ExportedName>;
  opaque: boolean;
}

type Local = { typeOnly: boolean } | { from: string; name: string; typeOnly: boolean };

/**
 * Reads the names modules export, following `export … from` and `export *` into the tree. Parses
 * each file it is asked about (a barrel's folder, not the tree), once.
 */
export class ExportReader {
  private readonly cache = new Map<RelPath, ModuleExports>();

  constructor(
    private readonly overlay: Overlay,
    private readonly resolver: ModuleResolver,
  ) {}

  exportsOf(file: RelPath): ModuleExports {
    let out = this.cache.get(file);
    if (out) return out;
    out = { names: new Map(), opaque: false };
    this.cache.set(file, out); // an import cycle sees the partial result instead of recursing forever
    const sf = tsc.createSourceFile(file, this.overlay.read(file), tsc.ScriptTarget.Latest, false);
    const locals = localsOf(sf);
    for (const st of sf.statements) this.readStatement(file, st, locals, out);
    return out;
  }

  private readStatement(file: RelPath, st: ts.Statement, locals: Map<string, Local>, out: ModuleExports): void {
    if (tsc.isExportDeclaration(st)) return this.readExportDeclaration(file, st, locals, out);
    if (tsc.isExportAssignment(st)) {
      if (!st.isExportEquals) out.names.set('default', { typeOnly: false, origin: file });
      return;
    }
    const mods = tsc.canHaveModifiers(st) ? tsc.getModifiers(st) : undefined;
    if (!mods?.some((m) => m.kind === tsc.SyntaxKind.ExportKeyword)) return;
    const isDefault = mods.some((m) => m.kind === tsc.SyntaxKind.DefaultKeyword);
    for (const { name, typeOnly } of declaredNames(st)) out.names.set(isDefault ? 'default' : name, { typeOnly, origin: file });
  }

  private readExportDeclaration(file: RelPath, st: ts.ExportDeclaration, locals: Map<string, Local>, out: ModuleExports): void {
    const spec = st.moduleSpecifier && tsc.isStringLiteral(st.moduleSpecifier) ? st.moduleSpecifier.text : undefined;
    const target = spec === undefined ? undefined : this.resolver.resolve(file, spec, 'export');
    const from = target === undefined ? undefined : this.exportsOf(target);
    if (spec !== undefined && !st.exportClause) {
      if (!from) out.opaque = true;
      else {
        if (from.opaque) out.opaque = true;
        for (const [name, e] of from.names) if (name !== 'default') out.names.set(name, { ...e, typeOnly: e.typeOnly || st.isTypeOnly });
      }
      return;
    }
    if (!st.exportClause) return;
    if (tsc.isNamespaceExport(st.exportClause)) {
      out.names.set(st.exportClause.name.text, { typeOnly: st.isTypeOnly, origin: target ?? file });
      return;
    }
    for (const el of st.exportClause.elements) {
      const local = (el.propertyName ?? el.name).text;
      const typeOnly = st.isTypeOnly || el.isTypeOnly;
      const named = spec === undefined ? this.local(file, locals.get(local)) : from?.names.get(local);
      out.names.set(el.name.text, { typeOnly: typeOnly || (named?.typeOnly ?? false), origin: named?.origin ?? target ?? file });
    }
  }

  /** What a local name of `file` is: its own declaration, or the export of the module it was imported from. */
  private local(file: RelPath, local: Local | undefined): ExportedName | undefined {
    if (!local) return undefined;
    if (!('from' in local)) return { typeOnly: local.typeOnly, origin: file };
    const target = this.resolver.resolve(file, local.from, 'import');
    const named = target === undefined ? undefined : this.exportsOf(target).names.get(local.name);
    return named ? { ...named, typeOnly: named.typeOnly || local.typeOnly } : { typeOnly: local.typeOnly, origin: target ?? file };
  }
}

/** Top-level names of a file: declarations (a name is a type only if every declaration is) and imports. */
function localsOf(sf: ts.SourceFile): Map<string, Local> {
  const locals = new Map<string, Local>();
  for (const st of sf.statements) {
    if (tsc.isImportDeclaration(st) && st.importClause && tsc.isStringLiteral(st.moduleSpecifier)) {
      const clause = st.importClause;
      const from = st.moduleSpecifier.text;
      if (clause.name) locals.set(clause.name.text, { from, name: 'default', typeOnly: clause.isTypeOnly });
      const b = clause.namedBindings;
      if (b && tsc.isNamespaceImport(b)) locals.set(b.name.text, { typeOnly: clause.isTypeOnly });
      if (b && tsc.isNamedImports(b)) {
        for (const el of b.elements) locals.set(el.name.text, { from, name: (el.propertyName ?? el.name).text, typeOnly: clause.isTypeOnly || el.isTypeOnly });
      }
      continue;
    }
    for (const { name, typeOnly } of declaredNames(st)) {
      const seen = locals.get(name);
      locals.set(name, { typeOnly: typeOnly && (!seen || seen.typeOnly) });
    }
  }
  return locals;
}

/** The names a declaration statement introduces, each with whether it is only a type. */
function declaredNames(st: ts.Statement): { name: string; typeOnly: boolean }[] {
  if (tsc.isInterfaceDeclaration(st) || tsc.isTypeAliasDeclaration(st)) return [{ name: st.name.text, typeOnly: true }];
  if (tsc.isClassDeclaration(st) || tsc.isFunctionDeclaration(st) || tsc.isEnumDeclaration(st)) {
    return st.name ? [{ name: st.name.text, typeOnly: false }] : [{ name: 'default', typeOnly: false }];
  }
  if (tsc.isModuleDeclaration(st) && tsc.isIdentifier(st.name)) return [{ name: st.name.text, typeOnly: false }];
  if (tsc.isImportEqualsDeclaration(st)) return [{ name: st.name.text, typeOnly: st.isTypeOnly }];
  if (tsc.isVariableStatement(st)) return st.declarationList.declarations.flatMap((d) => bindingNames(d.name)).map((name) => ({ name, typeOnly: false }));
  return [];
}

function bindingNames(name: ts.BindingName): string[] {
  if (tsc.isIdentifier(name)) return [name.text];
  return name.elements.flatMap((el) => (tsc.isOmittedExpression(el) ? [] : bindingNames(el.name)));
}
