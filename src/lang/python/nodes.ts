import type { Node } from 'web-tree-sitter';

/** A syntax error's place (0-based row, UTF-16 column) and what is wrong. */
export interface SyntaxProblem {
  at: { row: number; column: number };
  message: string;
}

/** A node's children; web-tree-sitter types them as nullable. */
export function childrenOf(node: Node): Node[] {
  return node.children.filter((c): c is Node => c !== null);
}
