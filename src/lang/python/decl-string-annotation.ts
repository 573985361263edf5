import type { Language, Node, Parser } from 'web-tree-sitter';
import { treeSitter } from './parser';

/**
 * Forward references (`x: "Session"`) name things a split must carry along, so their contents are
 * parsed as expressions with the grammar the tree came from; the runtime is already initialised
 * because a tree exists, which keeps this synchronous.
 */
const parsers = new Map<Language, Parser>();

/** The expression inside a plain string annotation, or undefined for f-/byte strings and unparsable text. */
export function parseStringAnnotation(node: Node): Node | undefined {
  const start = node.child(0);
  if (!start || /[fFbB]/.test(start.text) || node.namedChildren.some((c) => c?.type === 'interpolation')) return undefined;
  const content = node.namedChildren.filter((c) => c?.type === 'string_content').map((c) => c?.text).join('');
  const tree = parserFor(node.tree.language).parse(`(${content}\n)`);
  const root = tree?.rootNode;
  if (!root || root.hasError) return undefined;
  return root;
}

function parserFor(language: Language): Parser {
  let parser = parsers.get(language);
  if (!parser) {
    parser = new (treeSitter().Parser)();
    parser.setLanguage(language);
    parsers.set(language, parser);
  }
  return parser;
}
