import type { Node } from 'web-tree-sitter';
import { namedChildrenOf, Scope } from './decl-scope';

/** What pattern visiting needs from the name walker: reading an expression and binding a target. */
export interface PatternWalker {
  visit(node: Node, scope: Scope, annotation: boolean): void;
  bindTarget(target: Node | null, scope: Scope): void;
}

/** `with x as (a, b)`, `except E as e`, `case [x] as y`: the alias binds, the rest is read or matched. */
export function visitAsPattern(walker: PatternWalker, node: Node, scope: Scope, annotation: boolean): void {
  for (const child of namedChildrenOf(node)) {
    if (child.type === 'as_pattern_target') namedChildrenOf(child).forEach((target) => walker.bindTarget(target, scope));
    else if (node.childForFieldName('alias')?.id === child.id && child.type === 'identifier') scope.bind(child.text);
    else if (child.type === 'case_pattern') visitPattern(walker, child, scope);
    else walker.visit(child, scope, annotation);
  }
}

/** A case clause: its patterns bind or read, its guard and body are ordinary code. */
export function visitCaseClause(walker: PatternWalker, node: Node, scope: Scope): void {
  for (const child of namedChildrenOf(node)) {
    if (child.type === 'case_pattern') visitPattern(walker, child, scope);
    else walker.visit(child, scope, false);
  }
}

/** Match patterns: bare names capture, dotted names and class names are read, keyword names are attributes. */
function visitPattern(walker: PatternWalker, node: Node, scope: Scope): void {
  switch (node.type) {
    case 'dotted_name': visitDottedPattern(walker, node, scope); return;
    case 'identifier': if (node.text !== '_') scope.bind(node.text); return;
    case 'class_pattern': {
      const [cls, ...patterns] = namedChildrenOf(node);
      if (cls) walker.visit(cls.namedChild(0) ?? cls, scope, false);
      patterns.forEach((pattern) => visitPattern(walker, pattern, scope));
      return;
    }
    case 'keyword_pattern': namedChildrenOf(node).slice(1).forEach((pattern) => visitPattern(walker, pattern, scope)); return;
    case 'as_pattern': visitAsPattern(walker, node, scope, false); return;
    default: namedChildrenOf(node).forEach((child) => visitPattern(walker, child, scope));
  }
}

/** A lone name captures; a dotted name (or a mapping key) is a value read. */
function visitDottedPattern(walker: PatternWalker, node: Node, scope: Scope): void {
  const parts = namedChildrenOf(node);
  const isCapture = parts.length === 1 && node.parent?.type !== 'dict_pattern';
  if (isCapture && parts[0].text !== '_') scope.bind(parts[0].text);
  else if (!isCapture) walker.visit(parts[0], scope, false);
}
