import type { Node } from 'web-tree-sitter';
import { namedChildrenOf } from './decl-scope';

type AllState = { kind: 'absent' } | { kind: 'literal'; names: string[] } | { kind: 'dynamic' };

/**
 * The module's literal `__all__`: `__all__ = [...]`/`(...)` (annotated or not) of plain string
 * literals, extended by literal `__all__ += [...]`. Undefined when absent, or when any top-level
 * statement assigns it something else (its value is then unknown without running the module).
 * Mutations through method calls (`__all__.extend(...)`) are not seen.
 */
export function literalAll(topLevel: readonly Node[]): string[] | undefined {
  let state = { kind: 'absent' } as AllState;
  for (const statement of topLevel) {
    const assignment = statement.type === 'expression_statement' ? statement.namedChild(0) : null;
    if (!assignment || assignment.childForFieldName('left')?.text !== '__all__') continue;
    const right = assignment.childForFieldName('right');
    const values = right ? stringLiterals(right) : undefined;
    if (assignment.type === 'assignment' && right) {
      state = values ? { kind: 'literal', names: values } : { kind: 'dynamic' };
    } else if (assignment.type === 'augmented_assignment') {
      state = values && state.kind === 'literal' && assignment.child(1)?.text === '+=' ? { kind: 'literal', names: [...state.names, ...values] } : { kind: 'dynamic' };
    }
  }
  return state.kind === 'literal' ? state.names : undefined;
}

/** The strings of a list or tuple made only of plain string literals, or undefined. */
function stringLiterals(node: Node): string[] | undefined {
  if (node.type !== 'list' && node.type !== 'tuple') return undefined;
  const values: string[] = [];
  for (const item of namedChildrenOf(node).filter((child) => child.type !== 'comment')) {
    const parts = namedChildrenOf(item);
    if (item.type !== 'string' || /[fFbB]/.test(item.child(0)?.text ?? '') || parts.some((p) => p.type !== 'string_start' && p.type !== 'string_content' && p.type !== 'string_end')) return undefined;
    values.push(parts.filter((p) => p.type === 'string_content').map((p) => p.text).join(''));
  }
  return values;
}
