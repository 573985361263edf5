import type { Node } from 'web-tree-sitter';
import type { PyImport } from './decl-types';
import { namedChildrenOf } from './decl-scope';
import { statementLines } from './decl-ranges';

const IMPORT_STATEMENTS = new Set(['import_statement', 'import_from_statement', 'future_import_statement']);
const TYPE_CHECKING_CONDITIONS = new Set(['TYPE_CHECKING', 'typing.TYPE_CHECKING']);

/** Whether a top-level statement is an import. */
export function isImportStatement(node: Node): boolean {
  return IMPORT_STATEMENTS.has(node.type);
}

/**
 * The imports of an `if TYPE_CHECKING:` block, or undefined when the statement is not one: it must have
 * no elif/else and hold nothing but imports (and `pass`), otherwise it stays an ordinary statement.
 */
export function typeCheckingImports(node: Node): Node[] | undefined {
  if (node.type !== 'if_statement') return undefined;
  const condition = node.childForFieldName('condition');
  if (!condition || !TYPE_CHECKING_CONDITIONS.has(condition.text) || node.childForFieldName('alternative')) return undefined;
  const body = namedChildrenOf(node.childForFieldName('consequence') ?? node).filter((child) => child.type !== 'comment');
  if (!body.every((child) => isImportStatement(child) || child.type === 'pass_statement')) return undefined;
  return body.filter(isImportStatement);
}

/** One PyImport per module of an import statement (`import a, b` gives two sharing one range). */
export function importFacts(text: string, node: Node, typeOnly: boolean): PyImport[] {
  const { start, end } = statementLines(text, node);
  const names = node.childrenForFieldName('name').filter((name): name is Node => name !== null).map(importedName);
  if (node.type === 'import_statement') {
    return names.map(({ name, alias }) => ({
      start, end, binds: [alias ?? name.split('.')[0]], module: name, level: 0, names: [alias ? { name, alias } : { name }], typeOnly,
    }));
  }
  const { module, level } = fromModule(node);
  const binds = names.map(({ name, alias }) => alias ?? name);
  const wildcard = namedChildrenOf(node).some((child) => child.type === 'wildcard_import');
  return [{ start, end, binds, module, level, names: wildcard ? [{ name: '*' }] : names, typeOnly }];
}

function importedName(node: Node): { name: string; alias?: string } {
  const alias = node.type === 'aliased_import' ? node.childForFieldName('alias')?.text : undefined;
  if (alias === undefined) return { name: node.text };
  return { name: node.childForFieldName('name')?.text ?? '', alias };
}

/** The module of a from-import without its leading dots, and the number of dots. */
function fromModule(node: Node): { module: string; level: number } {
  if (node.type === 'future_import_statement') return { module: '__future__', level: 0 };
  const moduleName = node.childForFieldName('module_name');
  if (!moduleName) return { module: '', level: 0 };
  if (moduleName.type !== 'relative_import') return { module: moduleName.text, level: 0 };
  const prefix = namedChildrenOf(moduleName).find((child) => child.type === 'import_prefix');
  const dotted = namedChildrenOf(moduleName).find((child) => child.type === 'dotted_name');
  return { module: dotted?.text ?? '', level: prefix?.text.replace(/\s/g, '').length ?? 0 };
}
