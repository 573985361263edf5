import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Language, Parser, type Node, type Tree } from 'web-tree-sitter';

let parser: Parser | undefined;
let loading: Promise<void> | undefined;

/** Loads the grammar once (idempotent, concurrent calls share one promise). Commands await it before staging a phase when the tree has Python files. */
export function loadPythonParser(): Promise<void> {
  loading ??= load().catch((err: unknown) => {
    // A failed load may be retried (a missing file can be restored); the next call starts afresh.
    loading = undefined;
    throw err;
  });
  return loading;
}

async function load(): Promise<void> {
  await Parser.init();
  const wasm = path.join(path.dirname(require.resolve('tree-sitter-python/package.json')), 'tree-sitter-python.wasm');
  const next = new Parser();
  // Bytes, not a path: given a path, Language.load imports fs dynamically, which jest's VM refuses.
  next.setLanguage(await Language.load(readFileSync(wasm)));
  parser = next;
}

/** True once loaded. */
export function pythonParserLoaded(): boolean {
  return parser !== undefined;
}

/** A syntax tree of a Python text; the caller deletes the tree (tree.delete()) or uses `withTree`. */
export function parsePython(text: string): Tree {
  if (!parser) throw new Error('The Python parser is not loaded: loadPythonParser() was not awaited before parsing');
  const tree = parser.parse(text);
  if (!tree) throw new Error('tree-sitter returned no tree for a Python text');
  return tree;
}

/** Runs f on the tree and frees it. */
export function withTree<T>(text: string, f: (root: Node) => T): T {
  const tree = parsePython(text);
  try {
    return f(tree.rootNode);
  } finally {
    tree.delete();
  }
}

/** The first syntax error as 'line:column message' (1-based, UTF-16 columns), or undefined when the text parses. */
export function pythonSyntaxError(text: string): string | undefined {
  return withTree(text, (root) => {
    const bad = firstProblem(root);
    if (!bad) return undefined;
    const { at, message } = describe(bad, text);
    // Columns count from after a BOM, as an editor shows them.
    const bom = at.row === 0 && text.charCodeAt(0) === 0xfeff ? 1 : 0;
    return `${at.row + 1}:${at.column + 1 - bom} ${message}`;
  });
}

/**
 * The first ERROR or MISSING node, else the first node the grammar accepts but Python 3 does not: a block
 * with no statements (`def f():` with nothing indented) and Python 2's print and exec statements.
 */
function firstProblem(root: Node): Node | undefined {
  if (root.hasError) return firstError(root);
  const suspects = root.descendantsOfType(['block', 'print_statement', 'exec_statement']);
  return suspects.find((n): n is Node => n !== null && (n.type !== 'block' || childrenOf(n).every((c) => c.type === 'comment')));
}

function firstError(node: Node): Node | undefined {
  if (node.isMissing || node.type === 'ERROR') return node;
  for (const child of childrenOf(node)) {
    if (child.hasError || child.isMissing) return firstError(child);
  }
  return undefined;
}

type Point = { row: number; column: number };

const OPENERS: Record<string, string> = { '(': ')', '[': ']', '{': '}' };
const CLOSERS = new Set([')', ']', '}']);
const BRACKETED = new Set(['argument_list', 'parameters', 'parenthesized_expression', 'list', 'dictionary', 'set', 'tuple', 'subscript',
  'list_comprehension', 'dictionary_comprehension', 'set_comprehension', 'generator_expression', 'import_from_statement', 'type_parameter']);
const COMPOUND = new Set(['if', 'elif', 'else', 'while', 'for', 'def', 'class', 'with', 'try', 'except', 'finally', 'match', 'case']);
const LINE_END = /[ \t]*(#.*)?(\r?\n|$)/y;
const OPERAND_LEAF = /^(identifier|integer|float|string_end|true|false|none|\)|\]|\})$/;

function describe(bad: Node, text: string): { at: Point; message: string } {
  if (bad.isMissing) return { at: bad.startPosition, message: `missing '${bad.type}'` };
  if (bad.type === 'block') return { at: bad.startPosition, message: 'expected an indented block' };
  if (bad.type === 'print_statement' || bad.type === 'exec_statement') {
    return { at: bad.startPosition, message: `unexpected '${bad.child(0)?.text}' statement (Python 2; Python 3 calls ${bad.child(0)?.text}())` };
  }
  const leaves = leavesOf(bad);
  if (leaves.length === 0) return { at: bad.startPosition, message: `unexpected ${quote(bad.text)}` };
  const bracket = unbalancedBracket(leaves);
  if (bracket && OPENERS[bracket.type]) return { at: bracket.startPosition, message: `'${bracket.type}' was never closed` };
  if (bracket) return { at: bracket.startPosition, message: `unexpected '${bracket.type}'` };
  if (COMPOUND.has(leaves[0].type) && !leaves.some((l) => l.type === ':')) return { at: colonPlace(bad), message: "missing ':'" };
  const lineEnd = brokenLine(bad, leaves, text);
  if (lineEnd) return { at: lineEnd.endPosition, message: `unexpected end of line after '${lineEnd.text}'` };
  // An ERROR often starts with a valid name the parser could not place; the token after it is the culprit.
  const culprit = leaves.length > 1 && leaves[0].type === 'identifier' ? leaves[1] : leaves[0];
  return { at: culprit.startPosition, message: `unexpected ${quote(culprit.text)}` };
}

/**
 * The last token before a line break the ERROR runs across outside brackets (tree-sitter reads `x = 1 +`
 * on, into the next line), or the ERROR's own last token when it ends its line and wants an operand.
 */
function brokenLine(bad: Node, leaves: Node[], text: string): Node | undefined {
  const inBrackets = (n: Node | null): boolean => n !== null && (BRACKETED.has(n.type) || inBrackets(n.parent));
  if (!inBrackets(bad.parent)) {
    let depth = 0;
    for (let i = 1; i < leaves.length; i++) {
      const prev = leaves[i - 1];
      depth += OPENERS[prev.type] ? 1 : CLOSERS.has(prev.type) ? -1 : 0;
      const continued = /\\\r?\n/.test(text.slice(prev.endIndex, leaves[i].startIndex));
      if (depth === 0 && leaves[i].startPosition.row > prev.endPosition.row && !continued) return prev;
    }
  }
  const last = leaves[leaves.length - 1];
  LINE_END.lastIndex = bad.endIndex;
  return !OPERAND_LEAF.test(last.type) && LINE_END.test(text) ? last : undefined;
}

function leavesOf(node: Node): Node[] {
  if (node.type === 'comment') return [];
  if (node.childCount === 0) return node.text === '' ? [] : [node];
  return childrenOf(node).flatMap(leavesOf);
}

/** The first opener never closed within the ERROR, or the first closer that closes nothing. */
function unbalancedBracket(leaves: Node[]): Node | undefined {
  const open: Node[] = [];
  for (const leaf of leaves) {
    if (OPENERS[leaf.type]) open.push(leaf);
    else if (CLOSERS.has(leaf.type) && (open.length === 0 || OPENERS[open[open.length - 1].type] !== leaf.type)) return leaf;
    else if (CLOSERS.has(leaf.type)) open.pop();
  }
  return open[0];
}

/** Where a compound statement's ':' belongs: after its parameters or bases, else at the end of its first line. */
function colonPlace(bad: Node): Point {
  const kids = childrenOf(bad);
  const signature = kids.find((k) => k.type === 'parameters' || k.type === 'argument_list');
  if (signature) return signature.endPosition;
  const nextRow = kids.findIndex((k) => k.startPosition.row > kids[0].startPosition.row);
  return (nextRow > 0 ? kids[nextRow - 1] : kids[kids.length - 1]).endPosition;
}

/** A node's children; web-tree-sitter types them as nullable. */
export function childrenOf(node: Node): Node[] {
  return node.children.filter((c): c is Node => c !== null);
}

function quote(token: string): string {
  const line = token.split(/\r?\n/)[0];
  return `'${line.length > 30 ? `${line.slice(0, 27)}...` : line}'`;
}
