import { ts } from 'ts-morph';

/** A statement's references to the file's top-level names: name → true when every use is a type position. */
export type RefMap = Map<string, boolean>;

/**
 * For every top-level statement, which of the file's top-level names (declarations and import
 * bindings, given by the identifiers that declare them) it refers to, and whether only as a type.
 * The checker resolves each identifier, so a local that shadows a top-level name is not counted.
 * Import statements and local export lists (`export { a }`) get no entry: they name, not use.
 */
export function statementRefs(sf: ts.SourceFile, checker: ts.TypeChecker, declaring: ts.Identifier[]): Map<ts.Statement, RefMap> {
  const names = new Map<ts.Symbol, string>();
  for (const id of declaring) {
    const sym = checker.getSymbolAtLocation(id);
    if (sym) names.set(sym, id.text);
  }
  const out = new Map<ts.Statement, RefMap>();
  for (const stmt of sf.statements) {
    if (ts.isImportDeclaration(stmt) || (ts.isExportDeclaration(stmt) && !stmt.moduleSpecifier)) continue;
    if (ts.isImportEqualsDeclaration(stmt) && ts.isExternalModuleReference(stmt.moduleReference)) continue;
    const refs: RefMap = new Map();
    const visit = (node: ts.Node): void => {
      if (ts.isIdentifier(node)) {
        const sym = symbolOf(checker, node);
        const name = sym && names.get(sym);
        if (name !== undefined) refs.set(name, (refs.get(name) ?? true) && inTypePosition(node));
      }
      ts.forEachChild(node, visit);
    };
    visit(stmt);
    out.set(stmt, refs);
  }
  return out;
}

/** The symbol an identifier refers to; a shorthand property `{ a }` refers to the value `a`. */
function symbolOf(checker: ts.TypeChecker, id: ts.Identifier): ts.Symbol | undefined {
  if (ts.isShorthandPropertyAssignment(id.parent) && id.parent.name === id) return checker.getShorthandAssignmentValueSymbol(id.parent);
  return checker.getSymbolAtLocation(id);
}

/**
 * True when an identifier is erased by the compiler: inside a type, a `typeof` query, or an
 * `implements`/interface `extends` clause. A class's `extends` and instantiation expressions are values.
 */
export function inTypePosition(id: ts.Node): boolean {
  let child: ts.Node = id;
  for (let p = id.parent; p && !ts.isSourceFile(p); child = p, p = p.parent) {
    if (ts.isTypeQueryNode(p)) return true;
    if (ts.isExpressionWithTypeArguments(p)) {
      if (child !== p.expression) continue;
      const clause = p.parent;
      if (!ts.isHeritageClause(clause)) return false;
      return clause.token === ts.SyntaxKind.ImplementsKeyword || ts.isInterfaceDeclaration(clause.parent);
    }
    if (ts.isTypeNode(p)) return true;
  }
  return false;
}
