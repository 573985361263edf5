import type { Node } from 'web-tree-sitter';
import { childrenOf, type SyntaxProblem } from './nodes';

/**
 * The first ERROR or MISSING node in document order; a missing token inside an ERROR names the problem
 * better. A node with an error but no child holding it lacks a hidden token (an indent or dedent).
 */
export function firstError(node: Node): Node | undefined {
  if (node.isMissing) return node;
  for (const child of childrenOf(node)) {
    if (child.hasError || child.isMissing) {
      const inner = firstError(child);
      if (node.type !== 'ERROR' || (inner && inner.type !== 'ERROR')) return inner;
      break;
    }
  }
  return node.type === 'ERROR' || node.hasError ? node : undefined;
}


// Indentation tokens are hidden in the grammar; a missing one is a line indented where it may not be.
const MISSING_LAYOUT: Record<string, string> = { _dedent: 'unexpected indent', _indent: 'expected an indented block', _newline: 'unexpected token on the same line' };
const OPENERS: Record<string, string> = { '(': ')', '[': ']', '{': '}' };
const CLOSERS = new Set([')', ']', '}']);
const BRACKETED = new Set(['argument_list', 'parameters', 'parenthesized_expression', 'list', 'dictionary', 'set', 'tuple', 'subscript',
  'list_comprehension', 'dictionary_comprehension', 'set_comprehension', 'generator_expression', 'import_from_statement', 'type_parameter']);
const COMPOUND = new Set(['if', 'elif', 'else', 'while', 'for', 'def', 'class', 'with', 'try', 'except', 'finally', 'match', 'case']);
const LINE_END = /[ \t]*(#.*)?(\r?\n|$)/y;
const OPERAND_LEAF = /^(identifier|integer|float|string_end|true|false|none|\)|\]|\})$/;

/** Where an ERROR or MISSING node's problem is and what it is, as CPython would name it where that can be told. */
export function describeError(bad: Node, text: string): SyntaxProblem {
  if (bad.isMissing) return { at: bad.startPosition, message: MISSING_LAYOUT[bad.type] ?? `missing '${bad.type}'` };
  if (bad.type === 'block') return { at: bad.nextSibling?.startPosition ?? bad.endPosition, message: 'unexpected indent' };
  // Another node that lacks a hidden token: the grammar cannot say which, so CPython's generic words.
  if (bad.type !== 'ERROR') return { at: bad.endPosition, message: 'invalid syntax' };
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
function colonPlace(bad: Node): SyntaxProblem['at'] {
  const kids = childrenOf(bad);
  const signature = kids.find((k) => k.type === 'parameters' || k.type === 'argument_list');
  if (signature) return signature.endPosition;
  const nextRow = kids.findIndex((k) => k.startPosition.row > kids[0].startPosition.row);
  return (nextRow > 0 ? kids[nextRow - 1] : kids[kids.length - 1]).endPosition;
}


function quote(token: string): string {
  const line = token.split(/\r?\n/)[0];
  return `'${line.length > 30 ? `${line.slice(0, 27)}...` : line}'`;
}
