import type { Node } from 'web-tree-sitter';
import type { PyModuleFacts } from './decl-types';
import { namedChildrenOf } from './decl-scope';

const STDLIB_ENUM_BASES = new Set(['Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag']);
const DATACLASS_DECORATORS = new Set(['dataclass', 'dataclasses.dataclass']);
const UPPER_CASE = /^[A-Z][A-Z0-9_]*$/;

/** The class_definition inside a decorated_definition, or the node itself. */
export function definitionOf(node: Node): Node {
  return node.type === 'decorated_definition' ? (node.childForFieldName('definition') ?? node) : node;
}

/** The simple names of a class's positional bases: `Base` gives 'Base', `enum.Enum` gives 'Enum'. */
export function baseNames(node: Node): string[] {
  const bases = definitionOf(node).childForFieldName('superclasses');
  if (!bases) return [];
  const names: string[] = [];
  for (const base of namedChildrenOf(bases)) {
    if (base.type === 'identifier') names.push(base.text);
    else if (base.type === 'attribute') names.push(base.childForFieldName('attribute')?.text ?? '');
  }
  return names.filter((name) => name !== '');
}

/**
 * Whether a class is an enum: a base named Enum, IntEnum, StrEnum, Flag or IntFlag (bare or qualified,
 * e.g. `enum.Enum`), or a base whose simple name is in `enumClasses` (enums known elsewhere).
 */
export function isEnumClass(node: Node, enumClasses: ReadonlySet<string>): boolean {
  return baseNames(node).some((base) => STDLIB_ENUM_BASES.has(base) || enumClasses.has(base));
}

/** Whether a (decorated) class carries `@dataclass`/`@dataclasses.dataclass`, called or not. */
export function isDataclass(node: Node): boolean {
  if (node.type !== 'decorated_definition') return false;
  return namedChildrenOf(node)
    .filter((child) => child.type === 'decorator')
    .some((decorator) => {
      const expression = decorator.namedChild(0);
      const callee = expression?.type === 'call' ? expression.childForFieldName('function') : expression;
      return callee !== null && callee !== undefined && DATACLASS_DECORATORS.has(callee.text);
    });
}

/** Whether every assigned name is UPPER_CASE, which makes a top-level assignment a constant. */
export function allUpperCase(names: readonly string[]): boolean {
  return names.length > 0 && names.every((name) => UPPER_CASE.test(name));
}

/**
 * Closes the set of enum class names across modules: a class is an enum when one of its bases' simple
 * names is an enum class anywhere in the code base. Matching is by simple name only (not by import
 * resolution), so two unrelated classes sharing a name are conflated; iterates to a fixed point.
 */
export function closeEnumClasses(modules: readonly PyModuleFacts[]): Set<string> {
  const enums = new Set<string>();
  const classes = modules.flatMap((facts) => facts.declarations.filter((decl) => decl.bases !== undefined));
  for (const decl of classes) if (decl.kind === 'enum') enums.add(decl.names[0]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const decl of classes) {
      if (enums.has(decl.names[0]) || !decl.bases?.some((base) => enums.has(base))) continue;
      enums.add(decl.names[0]);
      grew = true;
    }
  }
  return enums;
}

/** The module's facts with every class whose base is in `enumClasses` re-kinded as 'enum'. */
export function withEnumClasses(facts: PyModuleFacts, enumClasses: ReadonlySet<string>): PyModuleFacts {
  const declarations = facts.declarations.map((decl) =>
    decl.bases?.some((base) => enumClasses.has(base)) ? { ...decl, kind: 'enum' as const } : decl,
  );
  return { ...facts, declarations };
}
