import type { Node } from 'web-tree-sitter';

/** Python's scope kinds as far as name resolution cares (a comprehension is a function of its own). */
export type ScopeKind = 'module' | 'function' | 'class' | 'comprehension';

/** One Python scope: the names it binds and the names it declares global or nonlocal. */
export class Scope {
  readonly bound = new Set<string>();
  /** Names bound other than by augmented assignment, which also reads its target (`REGISTRY += [x]`). */
  readonly boundPlainly = new Set<string>();
  readonly globals = new Set<string>();
  readonly nonlocals = new Set<string>();
  constructor(readonly kind: ScopeKind, readonly parent: Scope | undefined) {}

  /** Records a binding; `augmented` for `name += …`, which reads the name before rebinding it. */
  bind(name: string, augmented = false): void {
    this.bound.add(name);
    if (!augmented) this.boundPlainly.add(name);
  }

  /** The scope a walrus binds in: the nearest one that is not a comprehension (PEP 572). */
  walrusTarget(): Scope {
    let scope: Scope = this;
    while (scope.kind === 'comprehension' && scope.parent) scope = scope.parent;
    return scope;
  }
}

/** Whether a name read in `scope` resolves to the module namespace (class bodies are not enclosing scopes). */
export function resolvesToModule(name: string, scope: Scope): boolean {
  let current: Scope | undefined = scope;
  let innermost = true;
  while (current) {
    if (current.kind === 'module') return true;
    if (innermost || current.kind !== 'class') {
      if (current.globals.has(name)) return true;
      if (current.nonlocals.has(name) || current.bound.has(name)) return false;
    }
    innermost = false;
    current = current.parent;
  }
  return true;
}

/** The node's named children without the nulls web-tree-sitter's typing allows (one call into the WASM side, not one per child). */
export function namedChildrenOf(node: Node): Node[] {
  return node.namedChildren.filter((child): child is Node => child !== null);
}
