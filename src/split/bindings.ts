import { ts } from 'ts-morph';
import type { RelPath } from '../workspace/paths';

/** How an import binds its local name. */
export type BindingForm = 'default' | 'namespace' | 'named' | 'equals';

/** One local name an import statement declares. */
export interface ImportBinding {
  local: string;
  form: BindingForm;
  /** The exported name a named binding takes (`a` in `a as b`). */
  imported?: string;
  specifier: string;
  /** The tree file the specifier resolves to; undefined for a package. */
  resolved?: RelPath;
  /** `import type`, or an inline `type` on the element. */
  typeOnly: boolean;
  stmt: ts.ImportDeclaration | ts.ImportEqualsDeclaration;
  /** The element of `{ … }` for a named binding. */
  element?: ts.ImportSpecifier;
  /** The identifier declaring the local name. */
  nameNode: ts.Identifier;
}

/** Every binding of a file's top-level import statements, in file order. */
export function importBindings(sf: ts.SourceFile, resolve: (specifier: string) => RelPath | undefined): ImportBinding[] {
  const out: ImportBinding[] = [];
  for (const stmt of sf.statements) {
    if (ts.isImportEqualsDeclaration(stmt) && ts.isExternalModuleReference(stmt.moduleReference)) {
      const expr = stmt.moduleReference.expression;
      if (!ts.isStringLiteral(expr)) continue;
      const base = { specifier: expr.text, resolved: resolve(expr.text), stmt };
      out.push({ ...base, local: stmt.name.text, form: 'equals', typeOnly: stmt.isTypeOnly, nameNode: stmt.name });
    }
    if (!ts.isImportDeclaration(stmt) || !stmt.importClause || !ts.isStringLiteral(stmt.moduleSpecifier)) continue;
    const clause = stmt.importClause;
    const base = { specifier: stmt.moduleSpecifier.text, resolved: resolve(stmt.moduleSpecifier.text), stmt };
    const typeOnly = clause.isTypeOnly;
    if (clause.name) out.push({ ...base, local: clause.name.text, form: 'default', typeOnly, nameNode: clause.name });
    const nb = clause.namedBindings;
    if (nb && ts.isNamespaceImport(nb)) out.push({ ...base, local: nb.name.text, form: 'namespace', typeOnly, nameNode: nb.name });
    if (nb && ts.isNamedImports(nb)) {
      for (const el of nb.elements) {
        const imported = (el.propertyName ?? el.name).text;
        out.push({ ...base, local: el.name.text, form: 'named', imported, typeOnly: typeOnly || el.isTypeOnly, element: el, nameNode: el.name });
      }
    }
  }
  return out;
}

/** The text of a named binding's element as the new file writes it (`a`, `a as b`, without `type`). */
export function elementText(b: ImportBinding): string {
  return b.imported === undefined || b.imported === b.local ? b.local : `${b.imported} as ${b.local}`;
}
