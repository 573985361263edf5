import type ts from 'typescript';
import { parseHeader } from '../header/header';
import { tsc } from '../workspace/typescript';
import type { DeclarationFact, FactsProvider } from './facts';

/** TypeScript and JavaScript files, read with TypeScript's parser alone (no program, no checker). */
export const typescriptFacts: FactsProvider = {
  schemaKinds: ['interface', 'type', 'enum'],
  functionKind: 'function',
  handles: (file) => /\.(?:[cm]?[jt]s|[jt]sx)$/.test(file) && !file.endsWith('.d.ts'),
  header: parseHeader,
  declarations(file, text) {
    const sf = tsc.createSourceFile(file, text, tsc.ScriptTarget.Latest, true);
    const imported = runtimeBindings(sf);
    const shapes = sf.statements.map((stmt) => ({ stmt, shape: shapeOf(stmt) }));
    const locals = new Set(shapes.flatMap(({ shape }) => shape?.names ?? []));
    const declarations: DeclarationFact[] = [];
    for (const { stmt, shape } of shapes) {
      if (!shape) continue;
      const refs = references(stmt, imported, locals);
      const usesLocals = refs.locals.filter((n) => !shape.names.includes(n));
      const line = sf.getLineAndCharacterOfPosition(stmt.getStart(sf)).line + 1;
      for (const name of shape.names) declarations.push({ name, kind: shape.kind, usesModules: refs.modules, usesLocals, line });
    }
    return declarations;
  },
};

/** Local name → specifier of every binding a non-type-only import brings in. */
function runtimeBindings(sf: ts.SourceFile): Map<string, string> {
  const out = new Map<string, string>();
  for (const stmt of sf.statements) {
    if (!tsc.isImportDeclaration(stmt) || !tsc.isStringLiteral(stmt.moduleSpecifier)) continue;
    const clause = stmt.importClause;
    if (!clause || clause.isTypeOnly) continue;
    const spec = stmt.moduleSpecifier.text;
    if (clause.name) out.set(clause.name.text, spec);
    const named = clause.namedBindings;
    if (named && tsc.isNamespaceImport(named)) out.set(named.name.text, spec);
    if (named && tsc.isNamedImports(named)) for (const e of named.elements) if (!e.isTypeOnly) out.set(e.name.text, spec);
  }
  return out;
}

/** The specifiers whose imported bindings a statement names, and the top-level names it uses, in first-use order. */
function references(stmt: ts.Statement, imported: Map<string, string>, locals: Set<string>): { modules: string[]; locals: string[] } {
  const modules = new Set<string>();
  const used = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (tsc.isIdentifier(node) && !isPropertyName(node)) {
      const spec = imported.get(node.text);
      if (spec !== undefined) modules.add(spec);
      else if (locals.has(node.text)) used.add(node.text);
    }
    tsc.forEachChild(node, visit);
  };
  visit(stmt);
  return { modules: [...modules], locals: [...used] };
}

/** `x.DataSource` or `{ DataSource: 1 }` name a property, not the imported binding. */
function isPropertyName(id: ts.Identifier): boolean {
  const p = id.parent;
  return (tsc.isPropertyAccessExpression(p) && p.name === id) || (tsc.isPropertyAssignment(p) && p.name === id);
}

function shapeOf(stmt: ts.Statement): { names: string[]; kind: string } | undefined {
  const named = (n: { name?: ts.Node }) => (n.name && tsc.isIdentifier(n.name) ? [n.name.text] : []);
  if (tsc.isInterfaceDeclaration(stmt)) return { names: named(stmt), kind: 'interface' };
  if (tsc.isTypeAliasDeclaration(stmt)) return { names: named(stmt), kind: 'type' };
  if (tsc.isEnumDeclaration(stmt)) return { names: named(stmt), kind: 'enum' };
  if (tsc.isClassDeclaration(stmt)) return { names: named(stmt), kind: 'class' };
  if (tsc.isFunctionDeclaration(stmt)) return { names: named(stmt), kind: 'function' };
  if (tsc.isVariableStatement(stmt)) {
    const flags = stmt.declarationList.flags;
    const kind = flags & tsc.NodeFlags.Const ? 'const' : flags & tsc.NodeFlags.Let ? 'let' : 'var';
    const names = stmt.declarationList.declarations.flatMap((d) => (tsc.isIdentifier(d.name) ? [d.name.text] : []));
    return { names, kind };
  }
  return undefined;
}
