import type { Node } from 'web-tree-sitter';
import { languageOf } from '../../lang';
import { closeEnumClasses, pythonModuleFacts, type PyDeclaration, type PyImport, type PyModuleFacts } from '../../lang/python/declarations';
import { absoluteModule, moduleNameOf } from '../../lang/python/module-names';
import { withTree } from '../../lang/python/parser';
import { isImportStatement, typeCheckingImports } from '../../lang/python/decl-imports';
import { statementNames } from '../../lang/python/names';
import { namedChildrenOf } from '../../lang/python/decl-scope';
import { statementLines } from '../../lang/python/decl-ranges';
import type { PythonSettings } from '../../lang/python/roots';
import type { RelPath } from '../../workspace/paths';

/** An `if TYPE_CHECKING:` block of imports: its whole lines and the indentation of its body. */
export interface TypeCheckingBlock {
  start: number;
  end: number;
  indent: string;
}

/** One analysed module of a Python split: its facts, its dotted name and who binds each name. */
export interface PyModel {
  path: RelPath;
  text: string;
  /** Dotted module name under the import roots. */
  name: string;
  facts: PyModuleFacts;
  /** Declarations a split may move (`__all__` is the module's, never moved). */
  declarations: PyDeclaration[];
  declarationOf: Map<string, PyDeclaration>;
  /** The import binding each imported name (last one wins, as at run time). */
  importOf: Map<string, PyImport>;
  typeChecking: TypeCheckingBlock[];
  /** End of the header comment block (0 without one): its lines never move. */
  headerEnd: number;
  /** Offsets of the identifiers outside string literals (sorted): a name read only inside strings is read in string annotations only. */
  codeIdentifiers: { at: number; name: string }[];
  /** Names bound at top level by statements that are neither declarations nor imports (`try:`, `if …:`, `for`), with their line. */
  otherBinds: Map<string, number>;
}

/** Analyses a module of the staged tree; the grammar must be loaded. */
export function pyModel(path: RelPath, text: string, settings: PythonSettings): PyModel {
  const facts = pythonModuleFacts(text);
  const headerEnd = languageOf(path)?.parseHeader(text)?.end ?? 0;
  // The header's comment lines belong to the file, never to the declaration right below them.
  const bodyStart = headerEnd === 0 ? 0 : text.indexOf('\n', headerEnd) + 1 || text.length;
  const declarations = facts.declarations.filter((d) => !d.names.includes('__all__')).map((d) => (d.start < bodyStart ? { ...d, start: bodyStart } : d));
  const importOf = new Map<string, PyImport>();
  for (const imp of facts.imports) for (const name of imp.binds) importOf.set(name, imp);
  return {
    path,
    text,
    name: moduleNameOf(path, settings) ?? path,
    facts,
    declarations,
    declarationOf: new Map(declarations.flatMap((d) => d.names.map((n) => [n, d] as const))),
    importOf,
    ...withTree(text, (root) => ({ typeChecking: typeCheckingBlocks(text, root), codeIdentifiers: codeIdentifiers(root), otherBinds: otherBinds(root, facts) })),
    headerEnd,
  };
}

function typeCheckingBlocks(text: string, root: Node): TypeCheckingBlock[] {
  return namedChildrenOf(root)
    .filter((node) => typeCheckingImports(node) !== undefined)
    .map((node) => {
      const first = node.childForFieldName('consequence')?.namedChild(0);
      const indent = first ? text.slice(text.lastIndexOf('\n', first.startIndex - 1) + 1, first.startIndex) : '    ';
      return { ...statementLines(text, node), indent };
    });
}

function otherBinds(root: Node, facts: PyModuleFacts): Map<string, number> {
  const out = new Map<string, number>();
  for (const node of namedChildrenOf(root)) {
    if (node.type === 'comment' || isImportStatement(node) || typeCheckingImports(node) !== undefined) continue;
    if (facts.declarations.some((d) => node.startIndex >= d.start && node.startIndex < d.end)) continue;
    for (const name of statementNames(node).binds) if (!out.has(name)) out.set(name, node.startPosition.row + 1);
  }
  return out;
}

function codeIdentifiers(root: Node): { at: number; name: string }[] {
  const out: { at: number; name: string }[] = [];
  const visit = (node: Node): void => {
    if (node.type === 'string') return;
    if (node.type === 'identifier') out.push({ at: node.startIndex, name: node.text });
    for (const child of node.namedChildren) if (child) visit(child);
  };
  visit(root);
  return out;
}

/** The absolute module an import of the model names (`from ..x import y` in a.b.c → `a.x`). */
export function importedModule(m: PyModel, imp: PyImport, settings: PythonSettings): string {
  if (imp.level === 0) return imp.module;
  const abs = absoluteModule(m.path, '.'.repeat(imp.level) + imp.module, settings);
  return typeof abs === 'string' ? abs : imp.module;
}

/** Bases whose classes never evaluate their annotations (pydantic models, ORM mappings and the like do). */
const LAZY_BASES = new Set(['object', 'Protocol', 'Generic', 'ABC', 'NamedTuple', 'TypedDict']);
/** Names a dataclass looks up at class creation even in a string annotation (`x: "ClassVar[int]"`). */
const DATACLASS_MARKERS = new Set(['ClassVar', 'InitVar', 'typing', 'dataclasses']);

/**
 * The names a declaration needs at run time: all it reads, less what it reads only in annotations
 * when annotations are not evaluated (`from __future__ import annotations`), or else only in string
 * annotations (`x: "Audit"`). A class deriving from anything but a plain base may evaluate its
 * annotations (pydantic, SQLAlchemy's `Mapped`): all its names are run-time names. The value of an
 * `X: TypeAlias = Literal[…]` is evaluated all the same: only its `TypeAlias` is not.
 */
export function runtimeUses(m: PyModel, d: PyDeclaration): string[] {
  if (d.kind === 'class' && d.bases?.some((b) => !LAZY_BASES.has(b) && !/(Error|Exception)$/.test(b))) return d.uses;
  if (m.facts.futureAnnotations && d.kind === 'type-alias' && !/^type\b/.test(m.text.slice(d.start, d.end).replace(/^(\s*#.*\n)*\s*/, ''))) {
    return d.uses.filter((n) => n !== 'TypeAlias');
  }
  const lazy = m.facts.futureAnnotations ? d.annotationOnlyUses : stringOnlyUses(m, d);
  const skip = new Set(lazy.filter((n) => d.kind !== 'dataclass' || !DATACLASS_MARKERS.has(n)));
  return d.uses.filter((n) => !skip.has(n));
}

/** The names a declaration reads only inside string literals of its annotations. */
function stringOnlyUses(m: PyModel, d: PyDeclaration): string[] {
  const inCode = new Set(m.codeIdentifiers.filter((i) => i.at >= d.start && i.at < d.end).map((i) => i.name));
  return d.annotationOnlyUses.filter((n) => !inCode.has(n));
}

/**
 * The model with the classes deriving from an enum class of the modules it imports (`others`) kinded
 * 'enum', as a `kinds: [enum]` selector means them.
 */
export function withImportedEnums(m: PyModel, others: PyModuleFacts[]): PyModel {
  const enums = closeEnumClasses([m.facts, ...others]);
  const declarations = m.declarations.map((d) => (d.kind !== 'enum' && d.bases?.some((b) => enums.has(b)) ? { ...d, kind: 'enum' as const } : d));
  return { ...m, declarations, declarationOf: new Map(declarations.flatMap((d) => d.names.map((n) => [n, d] as const))) };
}
