import type { Node } from 'web-tree-sitter';
import { namedChildrenOf, resolvesToModule, Scope } from './decl-scope';
import { PatternWalker, visitAsPattern, visitCaseClause } from './decl-patterns';
import { parseStringAnnotation } from './decl-string-annotation';

/** The module-level names one top-level statement reads and binds. */
export interface StatementNames {
  /** Free names read (resolving to the module namespace), in order of first occurrence, minus the names it binds other than by `+=`-style augmented assignment. */
  uses: string[];
  /** The subset of `uses` read only inside annotations (string annotations included). */
  annotationOnlyUses: string[];
  /** Names the statement binds in the module namespace (targets, def/class names, imports, walrus). */
  binds: string[];
}

interface Reference { name: string; scope: Scope; at: number; annotation: boolean }

/** Annotations that make an assignment a type alias (PEP 613). */
export const TYPE_ALIAS_ANNOTATIONS = new Set(['TypeAlias', 'typing.TypeAlias', 'typing_extensions.TypeAlias']);
const COMPREHENSIONS = new Set(['list_comprehension', 'set_comprehension', 'dictionary_comprehension', 'generator_expression']);
const TARGET_GROUPS = new Set(['pattern_list', 'tuple_pattern', 'list_pattern', 'tuple', 'list', 'parenthesized_expression', 'expression_list', 'list_splat_pattern', 'list_splat']);

/** The `X` or `X[T]` of a real `type X = …` statement; undefined when the grammar took `type(obj).a = b` for one. */
export function typeAliasTarget(node: Node): Node | undefined {
  const target = node.childForFieldName('left')?.namedChild(0);
  if (target?.type === 'identifier') return target;
  return target?.type === 'generic_type' && target.namedChild(0)?.type === 'identifier' ? target : undefined;
}

/** Reads which module-level names a top-level statement uses and binds, resolving Python's scoping rules. */
export function statementNames(statement: Node): StatementNames {
  const module = new Scope('module', undefined);
  const walker = new NameWalker();
  walker.visit(statement, module, false);
  const firstUse = new Map<string, { at: number; annotationOnly: boolean }>();
  for (const ref of walker.references) {
    if (module.boundPlainly.has(ref.name) || !resolvesToModule(ref.name, ref.scope)) continue;
    const seen = firstUse.get(ref.name);
    if (!seen) firstUse.set(ref.name, { at: ref.at, annotationOnly: ref.annotation });
    else seen.annotationOnly &&= ref.annotation;
  }
  const ordered = [...firstUse].sort((a, b) => a[1].at - b[1].at);
  return {
    uses: ordered.map(([name]) => name),
    annotationOnlyUses: ordered.filter(([, use]) => use.annotationOnly).map(([name]) => name),
    binds: [...module.bound],
  };
}

/** Walks a statement collecting every name read with the scope it is read in; bindings go to their scopes. */
class NameWalker implements PatternWalker {
  readonly references: Reference[] = [];

  visit(node: Node, scope: Scope, annotation: boolean): void {
    switch (node.type) {
      case 'identifier': this.references.push({ name: node.text, scope, at: node.startIndex, annotation }); return;
      case 'attribute': this.visitField(node, 'object', scope, annotation); return;
      case 'keyword_argument': this.visitField(node, 'value', scope, annotation); return;
      case 'string': if (annotation) this.visitStringAnnotation(node, scope); else this.visitChildren(node, scope, annotation); return;
      case 'function_definition': this.visitFunction(node, scope); return;
      case 'lambda': this.visitFunction(node, scope); return;
      case 'class_definition': this.visitClass(node, scope); return;
      case 'assignment': this.visitAssignment(node, scope); return;
      case 'augmented_assignment': this.visitAugmented(node, scope); return;
      case 'for_statement': this.visitFor(node, scope); return;
      case 'named_expression': this.visitField(node, 'value', scope, annotation); this.bindTarget(node.childForFieldName('name'), scope.walrusTarget()); return;
      case 'as_pattern': visitAsPattern(this, node, scope, annotation); return;
      case 'delete_statement': namedChildrenOf(node).forEach((target) => this.bindTarget(target, scope)); return;
      case 'global_statement': namedChildrenOf(node).forEach((name) => scope.globals.add(name.text)); return;
      case 'nonlocal_statement': namedChildrenOf(node).forEach((name) => scope.nonlocals.add(name.text)); return;
      case 'import_statement': case 'import_from_statement': case 'future_import_statement': this.bindImport(node, scope); return;
      case 'type_alias_statement': this.visitTypeAlias(node, scope); return;
      case 'case_clause': visitCaseClause(this, node, scope); return;
      case 'subscript': this.visitSubscript(node, scope, annotation); return;
      case 'generic_type': this.visitGenericType(node, scope, annotation); return;
      default:
        if (COMPREHENSIONS.has(node.type)) this.visitComprehension(node, scope);
        else this.visitChildren(node, scope, annotation);
    }
  }

  private visitChildren(node: Node, scope: Scope, annotation: boolean): void {
    for (const child of namedChildrenOf(node)) this.visit(child, scope, annotation);
  }

  private visitField(node: Node, field: string, scope: Scope, annotation: boolean): void {
    for (const child of node.childrenForFieldName(field)) if (child) this.visit(child, scope, annotation);
  }

  /** Decorators sit outside (in decorated_definition); defaults and annotations run in the enclosing scope. */
  private visitFunction(node: Node, scope: Scope): void {
    const name = node.childForFieldName('name');
    if (name) scope.bind(name.text);
    const outer = this.typeParameterScope(node, scope);
    const inner = new Scope('function', outer);
    const parameters = node.childForFieldName('parameters');
    for (const parameter of parameters ? namedChildrenOf(parameters) : []) this.visitParameter(parameter, outer, inner);
    this.visitField(node, 'return_type', outer, true);
    this.visitField(node, 'body', inner, false);
  }

  private visitParameter(parameter: Node, outer: Scope, inner: Scope): void {
    this.visitField(parameter, 'type', outer, true);
    this.visitField(parameter, 'value', outer, false);
    const name = parameter.childForFieldName('name') ?? parameter.namedChildren.find((c) => c && c.type !== 'type') ?? parameter;
    if (name.type === 'identifier') inner.bind(name.text);
    else namedChildrenOf(name).forEach((part) => this.bindTarget(part, inner));
  }

  private visitClass(node: Node, scope: Scope): void {
    const name = node.childForFieldName('name');
    if (name) scope.bind(name.text);
    const outer = this.typeParameterScope(node, scope);
    this.visitField(node, 'superclasses', outer, false);
    this.visitField(node, 'body', new Scope('class', outer), false);
  }

  /** PEP 695 type parameters live in a scope of their own between the definition and its body. */
  private typeParameterScope(node: Node, scope: Scope): Scope {
    const parameters = node.childForFieldName('type_parameters');
    if (!parameters) return scope;
    const typeScope = new Scope('function', scope);
    for (const parameter of namedChildrenOf(parameters)) {
      const name = parameter.type === 'identifier' ? parameter : parameter.descendantsOfType('identifier')[0];
      if (name) typeScope.bind(name.text);
    }
    return typeScope;
  }

  /** The loop target is only written (a read of it would be a use symtable does not see). */
  private visitFor(node: Node, scope: Scope): void {
    const target = node.childForFieldName('left');
    for (const child of namedChildrenOf(node)) {
      if (child.id === target?.id) this.bindTarget(child, scope);
      else this.visit(child, scope, false);
    }
  }

  private visitAugmented(node: Node, scope: Scope): void {
    this.visitChildren(node, scope, false);
    const target = node.childForFieldName('left');
    if (target?.type === 'identifier') scope.bind(target.text, true);
  }

  /** The value of `X: TypeAlias = …` is a type, so its strings are forward references like an annotation's. */
  private visitAssignment(node: Node, scope: Scope): void {
    this.visitField(node, 'type', scope, true);
    this.visitField(node, 'right', scope, TYPE_ALIAS_ANNOTATIONS.has(node.childForFieldName('type')?.text ?? ''));
    this.bindTarget(node.childForFieldName('left'), scope);
  }

  /** `type X[T] = …`: X binds here; the value is evaluated lazily in a scope that sees T. */
  private visitTypeAlias(node: Node, scope: Scope): void {
    const alias = typeAliasTarget(node);
    if (!alias) return this.visitMisparsedTypeCall(node, scope);
    const [name, ...parameters] = alias.descendantsOfType('identifier').filter((id): id is Node => id !== null);
    scope.bind(name.text);
    const valueScope = new Scope('function', scope);
    parameters.forEach((parameter) => valueScope.bind(parameter.text));
    this.visitField(node, 'right', valueScope, false);
  }

  /** tree-sitter-python reads `type(obj).attr = value` as a type alias statement: it is a call of `type`. */
  private visitMisparsedTypeCall(node: Node, scope: Scope): void {
    this.references.push({ name: 'type', scope, at: node.startIndex, annotation: false });
    this.visitChildren(node, scope, false);
  }

  /** The first iterable runs in the enclosing scope; targets, conditions and the element in the comprehension's own. */
  private visitComprehension(node: Node, scope: Scope): void {
    const inner = new Scope('comprehension', scope);
    let first = true;
    for (const child of namedChildrenOf(node)) {
      if (child.type !== 'for_in_clause') continue;
      this.visitField(child, 'right', first ? scope : inner, false);
      this.bindTarget(child.childForFieldName('left'), inner);
      first = false;
    }
    for (const child of namedChildrenOf(node)) if (child.type !== 'for_in_clause') this.visit(child, inner, false);
  }

  /** A target binds its plain names; attributes and subscripts in it are reads. */
  bindTarget(target: Node | null, scope: Scope): void {
    if (!target) return;
    if (target.type === 'identifier') scope.bind(target.text);
    else if (TARGET_GROUPS.has(target.type)) namedChildrenOf(target).forEach((part) => this.bindTarget(part, scope));
    else this.visit(target, scope, false);
  }

  /** `import a.b` binds a; `from m import a` binds a; an alias binds instead of either. */
  private bindImport(node: Node, scope: Scope): void {
    for (const name of node.childrenForFieldName('name')) {
      if (!name) continue;
      const alias = name.type === 'aliased_import' ? name.childForFieldName('alias') : null;
      scope.bind(alias?.text ?? (node.type === 'import_statement' ? name.text.split('.')[0] : name.text));
    }
  }

  /** `Literal["a"]` holds values, not forward references, so its strings are not parsed as names. */
  private visitSubscript(node: Node, scope: Scope, annotation: boolean): void {
    const value = node.childForFieldName('value');
    const literal = annotation && value !== null && /(^|\.)Literal$/.test(value.text);
    this.visitField(node, 'value', scope, annotation);
    for (const item of node.childrenForFieldName('subscript')) {
      if (item && !(literal && item.type === 'string')) this.visit(item, scope, annotation);
    }
  }

  /** In type position `Literal["a"]` parses as a generic type; its strings are values all the same. */
  private visitGenericType(node: Node, scope: Scope, annotation: boolean): void {
    const [name, ...rest] = namedChildrenOf(node);
    this.visit(name, scope, annotation);
    const literal = annotation && name.text === 'Literal';
    for (const parameter of rest) {
      const items = parameter.type === 'type_parameter' ? namedChildrenOf(parameter) : [parameter];
      for (const item of items) if (!(literal && item.type === 'type' && item.namedChild(0)?.type === 'string')) this.visit(item, scope, annotation);
    }
  }

  private visitStringAnnotation(node: Node, scope: Scope): void {
    const parsed = parseStringAnnotation(node);
    if (!parsed) return this.visitChildren(node, scope, true);
    const before = this.references.length;
    this.visit(parsed, scope, true);
    for (let i = before; i < this.references.length; i++) this.references[i].at = node.startIndex;
  }
}
