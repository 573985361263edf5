import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Node, Parser, Tree } from 'web-tree-sitter';
import { firstLeniency } from './leniency';
import { describeError, firstError } from './syntax-error';

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

/**
 * web-tree-sitter, required when the grammar is first loaded: a command on a tree without Python
 * never loads it (and Node's loader, not the compile cache, compiles it: see compile-cache.ts).
 */
export function treeSitter(): typeof import('web-tree-sitter') {
  return require('web-tree-sitter') as typeof import('web-tree-sitter');
}

async function load(): Promise<void> {
  const { Language, Parser } = treeSitter();
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
    const problem = root.hasError ? describeError(firstError(root) ?? root, text) : firstLeniency(root, text);
    if (!problem) return undefined;
    const { at, message } = problem;
    // Columns count from after a BOM, as an editor shows them.
    const bom = at.row === 0 && text.charCodeAt(0) === 0xfeff ? 1 : 0;
    return `${at.row + 1}:${at.column + 1 - bom} ${message}`;
  });
}
