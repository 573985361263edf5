import type { Node } from 'web-tree-sitter';
import type { PyDeclaration, PyDeclKind, PyImport, PyModuleFacts, PyOtherStatement } from './decl-types';
import { literalAll } from './decl-all';
import { importFacts, isImportStatement, typeCheckingImports } from './decl-imports';
import { allUpperCase, baseNames, definitionOf, isDataclass, isEnumClass } from './decl-kinds';
import { statementLinesWithComments } from './decl-ranges';
import { namedChildrenOf } from './decl-scope';
import { statementNames, TYPE_ALIAS_ANNOTATIONS, typeAliasTarget } from './names';
import { withTree } from './parser';

export type { PyDeclaration, PyDeclKind, PyImport, PyModuleFacts, PyOtherStatement } from './decl-types';
export { closeEnumClasses, isEnumClass, withEnumClasses } from './decl-kinds';

/** What a statement declares before enums are resolved within the file. */
interface DeclarationShape { names: string[]; kind: PyDeclKind; bases?: string[] }

/** A module's facts from its text (the grammar must be loaded: Workspace.load does it). */
export function pythonModuleFacts(text: string): PyModuleFacts {
  return withTree(text, (root) => moduleFacts(text, root));
}

/** Reads a module's declarations, imports, __all__ and exports from its syntax tree. */
export function moduleFacts(text: string, root: Node): PyModuleFacts {
  const topLevel = namedChildrenOf(root).filter((node) => node.type !== 'comment');
  const declarations: PyDeclaration[] = [];
  const imports: PyImport[] = [];
  const other: PyOtherStatement[] = [];
  for (const node of topLevel) {
    const typeOnly = typeCheckingImports(node);
    if (isImportStatement(node)) imports.push(...importFacts(text, node, false));
    else if (typeOnly) typeOnly.forEach((statement) => imports.push(...importFacts(text, statement, true)));
    else {
      const shape = declarationShape(node);
      const { uses, annotationOnlyUses } = statementNames(node);
      const range = statementLinesWithComments(text, node);
      if (!shape) other.push({ ...range, uses });
      else declarations.push({ ...shape, ...range, line: node.startPosition.row + 1, uses, annotationOnlyUses, public: !shape.names[0].startsWith('_') });
    }
  }
  markEnumsWithinFile(declarations);
  const all = literalAll(topLevel);
  const futureAnnotations = imports.some((entry) => entry.module === '__future__' && entry.names.some((n) => n.name === 'annotations'));
  return { declarations, imports, ...(all ? { all } : {}), futureAnnotations, exported: all ?? publicNames(declarations), other };
}

function declarationShape(node: Node): DeclarationShape | undefined {
  const definition = definitionOf(node);
  const name = definition.childForFieldName('name')?.text;
  if (definition.type === 'function_definition' && name) return { names: [name], kind: 'function' };
  if (definition.type === 'class_definition' && name) {
    const kind = isEnumClass(definition, new Set()) ? 'enum' : isDataclass(node) ? 'dataclass' : 'class';
    return { names: [name], kind, bases: baseNames(definition) };
  }
  if (node.type === 'type_alias_statement') {
    const aliased = typeAliasTarget(node)?.descendantsOfType('identifier')[0]?.text;
    return aliased ? { names: [aliased], kind: 'type-alias' } : undefined;
  }
  const assignment = node.type === 'expression_statement' && node.namedChildCount === 1 ? node.namedChild(0) : null;
  return assignment?.type === 'assignment' ? assignmentShape(assignment) : undefined;
}

/** `a = b = 1`, `x, y = …`, `X: int = 1`, `X: TypeAlias = …`; undefined when a target is not a plain name. */
function assignmentShape(assignment: Node): DeclarationShape | undefined {
  const names: string[] = [];
  for (let link: Node | null = assignment; link?.type === 'assignment'; link = link.childForFieldName('right')) {
    const targetNames = plainTargetNames(link.childForFieldName('left'));
    if (!targetNames) return undefined;
    names.push(...targetNames.filter((name) => !names.includes(name)));
  }
  const annotation = assignment.childForFieldName('type')?.text;
  if (annotation !== undefined && TYPE_ALIAS_ANNOTATIONS.has(annotation)) return { names, kind: 'type-alias' };
  return { names, kind: allUpperCase(names) ? 'constant' : 'variable' };
}

function plainTargetNames(target: Node | null): string[] | undefined {
  if (!target) return undefined;
  if (target.type === 'identifier') return [target.text];
  if (!['pattern_list', 'tuple_pattern', 'list_pattern', 'list_splat_pattern', 'parenthesized_expression', 'tuple', 'list'].includes(target.type)) return undefined;
  const names: string[] = [];
  for (const part of namedChildrenOf(target)) {
    const partNames = plainTargetNames(part);
    if (!partNames) return undefined;
    names.push(...partNames);
  }
  return names;
}

/** Classes deriving from an enum class of the same file are enums too (to a fixed point). */
function markEnumsWithinFile(declarations: PyDeclaration[]): void {
  const enums = new Set(declarations.filter((decl) => decl.kind === 'enum').map((decl) => decl.names[0]));
  let grew = true;
  while (grew) {
    grew = false;
    for (const decl of declarations) {
      if (decl.kind === 'enum' || !decl.bases?.some((base) => enums.has(base))) continue;
      decl.kind = 'enum';
      enums.add(decl.names[0]);
      grew = true;
    }
  }
}

function publicNames(declarations: readonly PyDeclaration[]): string[] {
  const names = new Set<string>();
  for (const decl of declarations) for (const name of decl.names) if (!name.startsWith('_')) names.add(name);
  return [...names];
}
