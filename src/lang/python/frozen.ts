import type { Node, TreeCursor } from 'web-tree-sitter';
import type { FrozenStatement, FrozenView } from '../frozen-view';
import type { Header } from '../../header/header';
import { parsePythonHeader } from './header';
import { childrenOf } from './nodes';
import { withTree } from './parser';

const SET_ASIDE = new Set(['comment', 'line_continuation']);
const IMPORTS = new Set(['import_statement', 'import_from_statement', 'future_import_statement']);
const BLANK = '""';
// Calls whose first argument names a module: importlib.import_module("a.b"), mock.patch("a.b.C").
const MODULE_CALL = /(^|\.)(import_module|__import__)$|(^|\.)mock\.patch$|^patch$/;
const DOTTED = /^[A-Za-z_][\w.]*$/;

/**
 * A Python file's code as the freeze sees it: the header's entries, and each top-level statement as its
 * tokens joined by spaces, one line per nested statement. Comments and layout are not logic, and module
 * names are where code lives, not what it does (a move rewrites them), so all three are set aside.
 */
export function pythonFrozenView(text: string): FrozenView {
  const header = parsePythonHeader(text);
  return withTree(text, (root) => ({
    header: (header?.entries ?? []).map((e) => `${e.key}: ${e.value}`),
    statements: childrenOf(root)
      .filter((s) => !SET_ASIDE.has(s.type))
      .map((s, i): FrozenStatement => ({
        text: printStatement(text, s, i === 0 && header?.style === 'block' ? header : undefined),
        line: s.startPosition.row + 1,
        source: firstLine(text, s.startIndex, s.endIndex),
        isImport: isImportStatement(s),
      })),
  }));
}

/** How a statement that moved to another file is recognised there: Python has no `export` to add, so a moved statement prints the same. */
export function pythonMovedKey(text: string): string {
  return text;
}

/** The statement's first line as written (without copying a whole class out of the tree). */
function firstLine(text: string, start: number, end: number): string {
  const lineEnd = text.indexOf('\n', start);
  return text.slice(start, lineEnd < 0 ? end : Math.min(lineEnd, end)).trim();
}

interface Printer {
  text: string;
  lines: string[];
  indent: string;
  tokens: string[];
}

/** The statement's tokens; `docstringHeader` is the header whose lines sit in this statement (the module docstring). */
function printStatement(text: string, statement: Node, docstringHeader: Header | undefined): string {
  const p: Printer = { text, lines: [], indent: '', tokens: [] };
  if (docstringHeader && isDocstring(statement)) {
    p.tokens.push(withoutHeaderLines(text, statement, docstringHeader));
  } else {
    // A cursor, not Node objects: each Node crosses from WASM to JS, and a frozen file has thousands.
    const cursor = statement.walk();
    print(cursor, 0, p, []);
    cursor.delete();
  }
  newLine(p, 0);
  return p.lines.join('\n');
}

/** Prints the cursor's node; a block puts each statement on its own line, and what follows it (`else:`) on a new one. */
function print(c: TreeCursor, depth: number, p: Printer, parents: string[]): void {
  const type = c.nodeType;
  if (SET_ASIDE.has(type)) return;
  if (isModuleName(c, type, parents)) return void p.tokens.push(BLANK);
  // String contents are data: kept whole, their spacing included.
  if (type === 'string_content' || !c.gotoFirstChild()) {
    if (c.endIndex > c.startIndex) p.tokens.push(p.text.slice(c.startIndex, c.endIndex));
    return;
  }
  const inner = type === 'block' ? depth + 1 : depth;
  parents.push(type);
  do {
    if (type === 'block' && !SET_ASIDE.has(c.nodeType)) newLine(p, inner);
    print(c, inner, p, parents);
  } while (c.gotoNextSibling());
  parents.pop();
  c.gotoParent();
  if (type === 'block') newLine(p, depth);
}

function newLine(p: Printer, depth: number): void {
  if (p.tokens.length) p.lines.push(p.indent + p.tokens.join(' '));
  p.indent = '  '.repeat(depth);
  p.tokens = [];
}

/** A module name: what an import names as its source, or the dotted-name string given to import_module/mock.patch. */
function isModuleName(c: TreeCursor, type: string, parents: string[]): boolean {
  if (type !== 'dotted_name' && type !== 'relative_import' && type !== 'string') return false;
  const parent = parents[parents.length - 1];
  const field = c.currentFieldName;
  if (parent === 'import_from_statement') return field === 'module_name';
  if (parent === 'import_statement') return type === 'dotted_name';
  if (parent === 'aliased_import') return field === 'name' && parents[parents.length - 2] === 'import_statement';
  if (type !== 'string' || parent !== 'argument_list' || parents[parents.length - 2] !== 'call') return false;
  const node = c.currentNode;
  if (node.parent?.firstNamedChild?.id !== node.id) return false;
  return MODULE_CALL.test(node.parent.parent?.childForFieldName('function')?.text ?? '') && DOTTED.test(stringValue(node));
}

function stringValue(node: Node): string {
  return childrenOf(node).filter((c) => c.type === 'string_content').map((c) => c.text).join('');
}

/** An import, or `if TYPE_CHECKING:` holding only imports (an edit of the `imports` kind). */
function isImportStatement(s: Node): boolean {
  if (IMPORTS.has(s.type)) return true;
  if (s.type !== 'if_statement' || !/^(typing\.)?TYPE_CHECKING$/.test(s.childForFieldName('condition')?.text ?? '')) return false;
  if (childrenOf(s).some((c) => c.type === 'elif_clause' || c.type === 'else_clause')) return false;
  const body = childrenOf(s.childForFieldName('consequence') ?? s).filter((c) => c.type !== 'comment');
  return body.length > 0 && body.every((c) => IMPORTS.has(c.type));
}

function isDocstring(s: Node): boolean {
  return s.type === 'expression_statement' && s.namedChildCount === 1 && s.firstNamedChild?.type === 'string';
}

/** The docstring as written, without the header's lines (they belong to the header). */
function withoutHeaderLines(text: string, statement: Node, header: Header): string {
  let out = '';
  let at = statement.startIndex;
  for (const e of header.entries) {
    if (e.lineStart < at || e.lineEnd > statement.endIndex) continue;
    out += text.slice(at, e.lineStart);
    at = e.lineEnd;
  }
  // The removed lines leave their line breaks behind; runs of them are layout.
  return (out + text.slice(at, statement.endIndex)).replace(/[ \t]*(\r?\n[ \t]*)+/g, '\n');
}
