import type { Node } from 'web-tree-sitter';
import { childrenOf, type SyntaxProblem } from './nodes';

/**
 * The first problem in a tree without ERROR nodes that tree-sitter-python accepts and CPython refuses:
 * an indentation that matches no level, a block with no statements, a `try` with neither `except` nor
 * `finally`, and Python 2's print and exec statements.
 */
export function firstLeniency(root: Node, text: string): SyntaxProblem | undefined {
  const problems = [indentation(root, text)];
  for (const node of root.descendantsOfType(['block', ...CLAUSED, 'print_statement', 'exec_statement'])) {
    if (node) problems.push(leniencyOf(node, text));
  }
  return problems.reduce<SyntaxProblem | undefined>((first, p) => (p && (!first || before(p, first)) ? p : first), undefined);
}

const CLAUSED = ['try_statement', 'if_statement', 'for_statement', 'while_statement'];
const CLAUSES = new Set(['except_clause', 'except_group_clause', 'finally_clause', 'else_clause', 'elif_clause']);

function leniencyOf(node: Node, text: string): SyntaxProblem | undefined {
  if (node.type === 'block') return emptyBlock(node) ?? indentation(node, text);
  if (node.type === 'print_statement' || node.type === 'exec_statement') {
    const keyword = node.child(0)?.text;
    return { at: node.startPosition, message: `unexpected '${keyword}' statement (Python 2; Python 3 calls ${keyword}())` };
  }
  const clauses = childrenOf(node).filter((c) => CLAUSES.has(c.type));
  const handled = clauses.some((c) => c.type !== 'else_clause');
  if (node.type === 'try_statement' && !handled) return { at: node.endPosition, message: "expected 'except' or 'finally' block" };
  return clauseIndentation(node, clauses, text);
}

/** `else:`, `except:` and the like sit at their statement's indentation. */
function clauseIndentation(statement: Node, clauses: Node[], text: string): SyntaxProblem | undefined {
  const own = lineIndent(text, statement.startIndex);
  const misplaced = clauses.find((c) => {
    const indent = indentOf(c, text);
    return indent !== undefined && indent !== own;
  });
  if (!misplaced) return undefined;
  const indent = indentOf(misplaced, text)!.length;
  const above = lineIndent(text, misplaced.previousSibling?.endIndex ?? statement.startIndex).length;
  const message = indent < own.length || indent < above ? 'unindent does not match any outer indentation level' : 'unexpected indent';
  return { at: misplaced.startPosition, message };
}

function emptyBlock(block: Node): SyntaxProblem | undefined {
  const empty = childrenOf(block).every((c) => c.type === 'comment');
  return empty ? { at: block.startPosition, message: 'expected an indented block' } : undefined;
}

/** The first statement starting a line whose indentation differs from the block's first (the module's is none). */
function indentation(body: Node, text: string): SyntaxProblem | undefined {
  let expected = body.type === 'module' ? '' : undefined;
  let previousEnd = -1;
  for (const statement of childrenOf(body)) {
    const indent = indentOf(statement, text);
    if (statement.type === 'comment' || indent === undefined) continue;
    expected ??= indent;
    // Deeper than its block but shallower than the line before: a dedent that stopped between two levels.
    const unindent = indent.length < expected.length || (previousEnd >= 0 && indent.length < lineIndent(text, previousEnd).length);
    if (indent !== expected) return { at: statement.startPosition, message: unindent ? 'unindent does not match any outer indentation level' : 'unexpected indent' };
    previousEnd = statement.endIndex;
  }
  return undefined;
}

/** The whitespace before a node that starts its line (a BOM aside), or undefined when code precedes it. */
function indentOf(node: Node, text: string): string | undefined {
  const start = node.startIndex;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const indent = text.slice(lineStart, start).replace(/^\ufeff/, '');
  return /^[ \t\f]*$/.test(indent) ? indent : undefined;
}

function lineIndent(text: string, index: number): string {
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  return /^[\ufeff]?([ \t\f]*)/.exec(text.slice(lineStart, index))![1];
}

function before(a: SyntaxProblem, b: SyntaxProblem): boolean {
  return a.at.row < b.at.row || (a.at.row === b.at.row && a.at.column < b.at.column);
}
