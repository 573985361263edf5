import { ts } from 'ts-morph';
import type { DeclarationKind } from '../plan/types';

/** What a top-level declaration statement declares; `let`, `var` and `namespace` have no selector kind. */
export type DeclKind = DeclarationKind | 'let' | 'var' | 'namespace';

/** One top-level declaration statement. */
export interface Decl {
  stmt: ts.Statement;
  names: string[];
  kind: DeclKind;
  exported: boolean;
  isDefault: boolean;
  /** Declares a value; interfaces and type aliases exist only for the type checker. */
  value: boolean;
}

/** Declarations that move together because they share a name (a value and a type, overloads, merges). */
export interface Unit {
  names: string[];
  decls: Decl[];
}

/** Every named top-level declaration statement of a file, in file order. */
export function topLevelDecls(sf: ts.SourceFile): Decl[] {
  const out: Decl[] = [];
  for (const stmt of sf.statements) {
    const shape = shapeOf(stmt);
    if (!shape || shape.names.length === 0) continue;
    const mods = ts.canHaveModifiers(stmt) ? ts.getModifiers(stmt) ?? [] : [];
    const exported = mods.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    const isDefault = mods.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword);
    out.push({ stmt, ...shape, exported, isDefault, value: shape.kind !== 'interface' && shape.kind !== 'type' });
  }
  return out;
}

function shapeOf(stmt: ts.Statement): { names: string[]; kind: DeclKind } | undefined {
  const named = (n: { name?: ts.Node }) => (n.name && ts.isIdentifier(n.name) ? [n.name.text] : []);
  if (ts.isInterfaceDeclaration(stmt)) return { names: named(stmt), kind: 'interface' };
  if (ts.isTypeAliasDeclaration(stmt)) return { names: named(stmt), kind: 'type' };
  if (ts.isEnumDeclaration(stmt)) return { names: named(stmt), kind: 'enum' };
  if (ts.isClassDeclaration(stmt)) return { names: named(stmt), kind: 'class' };
  if (ts.isFunctionDeclaration(stmt)) return { names: named(stmt), kind: 'function' };
  if (ts.isModuleDeclaration(stmt)) return { names: named(stmt), kind: 'namespace' };
  if (ts.isVariableStatement(stmt)) {
    const flags = stmt.declarationList.flags;
    const kind = flags & ts.NodeFlags.Const ? 'const' : flags & ts.NodeFlags.Let ? 'let' : 'var';
    return { names: declNameNodes(stmt).map((id) => id.text), kind };
  }
  return undefined;
}

/** The identifiers that declare a statement's names (the checker's handle on each symbol). */
export function declNameNodes(stmt: ts.Statement): ts.Identifier[] {
  if (ts.isVariableStatement(stmt)) return stmt.declarationList.declarations.flatMap((d) => bindingIdentifiers(d.name));
  const name = (stmt as { name?: ts.Node }).name;
  return name && ts.isIdentifier(name) ? [name] : [];
}

/** The identifiers a variable declaration binds, destructuring included. */
function bindingIdentifiers(name: ts.BindingName): ts.Identifier[] {
  if (ts.isIdentifier(name)) return [name];
  return name.elements.flatMap((e) => (ts.isOmittedExpression(e) ? [] : bindingIdentifiers(e.name)));
}

/** Groups declarations into units: statements sharing any name end up in one unit, in file order. */
export function groupUnits(decls: Decl[]): Unit[] {
  const units: Unit[] = [];
  const byName = new Map<string, Unit>();
  for (const decl of decls) {
    const hits = [...new Set(decl.names.map((n) => byName.get(n)).filter((u): u is Unit => u !== undefined))];
    const unit = hits[0] ?? { names: [], decls: [] };
    if (!hits.length) units.push(unit);
    for (const other of hits.slice(1)) {
      unit.decls.push(...other.decls);
      unit.names.push(...other.names);
      units.splice(units.indexOf(other), 1);
    }
    unit.decls.push(decl);
    for (const n of decl.names) if (!unit.names.includes(n)) unit.names.push(n);
    for (const n of unit.names) byName.set(n, unit);
  }
  for (const u of units) u.decls.sort((a, b) => a.stmt.pos - b.stmt.pos);
  return units;
}

/** One name of a local export list (`export { a, b as c }`, no `from`). */
export interface LocalExport {
  stmt: ts.ExportDeclaration;
  element: ts.ExportSpecifier;
  /** The top-level name exported, and the name it is exported as. */
  local: string;
  exported: string;
}

/** Every element of the file's local export lists, in file order. */
export function localExports(sf: ts.SourceFile): LocalExport[] {
  const out: LocalExport[] = [];
  for (const stmt of sf.statements) {
    if (!ts.isExportDeclaration(stmt) || stmt.moduleSpecifier || !stmt.exportClause || !ts.isNamedExports(stmt.exportClause)) continue;
    for (const element of stmt.exportClause.elements) {
      out.push({ stmt, element, local: (element.propertyName ?? element.name).text, exported: element.name.text });
    }
  }
  return out;
}
