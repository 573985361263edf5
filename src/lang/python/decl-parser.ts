import * as fs from 'fs';
import * as path from 'path';
import { Language, Node, Parser } from 'web-tree-sitter';

/**
 * A minimal private loader for the Python grammar, so the declaration analysis can be built and tested
 * on its own; the shared loader in parser.ts replaces it once merged.
 */
let parser: Parser | undefined;

/** Loads the tree-sitter runtime and the Python grammar once (the only asynchronous step). */
export async function loadGrammar(): Promise<void> {
  if (parser) return;
  await Parser.init();
  const wasm = path.join(path.dirname(require.resolve('tree-sitter-python/package.json')), 'tree-sitter-python.wasm');
  // Bytes rather than a path: given a path, web-tree-sitter reads it through a dynamic import() that jest's VM rejects.
  const language = await Language.load(fs.readFileSync(wasm));
  parser = new Parser();
  parser.setLanguage(language);
}

/** Parses Python source into its root node; loadGrammar() must have resolved first. */
export function parse(text: string): Node {
  if (!parser) throw new Error('Python grammar not loaded: await loadGrammar() first');
  const tree = parser.parse(text);
  if (!tree) throw new Error('tree-sitter returned no tree');
  return tree.rootNode;
}
