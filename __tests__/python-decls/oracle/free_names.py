"""Differential oracle for src/lang/python/names.ts: CPython's own symtable decides each top-level
statement's free names. Reads a JSON list of file paths on stdin, writes one JSON object per path.

For each top-level statement (imports and pure `if TYPE_CHECKING:` import blocks excepted) it reports:
  line      first line of the statement (its first decorator for a decorated definition)
  uses      names read that resolve to the module namespace, minus the names it binds there
  annotationOnly  those of `uses` that disappear when every annotation is replaced by None
String annotations are parsed and substituted before symtable runs (symtable never looks in strings);
strings inside `Literal[...]` stay values.
"""
import ast
import json
import symtable
import sys


def parse_string_annotations(node):
    """Replaces string constants inside an annotation by the expression they spell."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        try:
            return parse_string_annotations(ast.parse(node.value.strip(), mode="eval").body)
        except SyntaxError:
            return node
    if isinstance(node, ast.Subscript):
        node.value = parse_string_annotations(node.value)
        if not (isinstance(node.value, (ast.Name, ast.Attribute)) and ast.unparse(node.value).split(".")[-1] == "Literal"):
            node.slice = parse_string_annotations(node.slice)
        return node
    for field, value in ast.iter_fields(node):
        if isinstance(value, ast.AST):
            setattr(node, field, parse_string_annotations(value))
        elif isinstance(value, list):
            setattr(node, field, [parse_string_annotations(v) if isinstance(v, ast.AST) else v for v in value])
    return node


class Annotations(ast.NodeTransformer):
    """Rewrites every annotation: parsed (strip=False) or replaced by None (strip=True)."""

    def __init__(self, strip):
        self.strip = strip

    def fix(self, annotation):
        if annotation is None:
            return None
        return ast.Constant(None) if self.strip else parse_string_annotations(annotation)

    def visit_arg(self, node):
        node.annotation = self.fix(node.annotation)
        return node

    def visit_FunctionDef(self, node):
        node.returns = self.fix(node.returns)
        self.generic_visit(node)
        return node

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_AnnAssign(self, node):
        # the value of `X: TypeAlias = ...` is a type too (names.ts reads it like an annotation)
        if node.value is not None and ast.unparse(node.annotation) in ("TypeAlias", "typing.TypeAlias", "typing_extensions.TypeAlias"):
            node.value = self.fix(node.value)
        node.annotation = self.fix(node.annotation)
        self.generic_visit(node)
        return node


class AugmentedAsAssign(ast.NodeTransformer):
    """`x += y` reads x, but symtable records its target only as a store: spell it `x = x + y`."""

    def visit_AugAssign(self, node):
        self.generic_visit(node)
        if not isinstance(node.target, ast.Name):
            return node
        read = ast.Name(node.target.id, ast.Load())
        return ast.copy_location(ast.Assign([node.target], ast.BinOp(read, node.op, node.value)), node)


class ModuleAugmentedAsRead(ast.NodeTransformer):
    """`x += y` outside functions and classes, kept only as the read of x: names.ts does not count an
    augmented assignment as one of the statement's own bindings (it depends on the earlier value)."""

    def visit_AugAssign(self, node):
        if not isinstance(node.target, ast.Name):
            return node
        read = ast.BinOp(ast.Name(node.target.id, ast.Load()), node.op, node.value)
        return ast.copy_location(ast.Expr(read), node)

    def visit_FunctionDef(self, node):
        return node

    visit_AsyncFunctionDef = visit_ClassDef = visit_FunctionDef


def module_level_walrus_targets(statement):
    """Walrus targets in comprehensions outside any function bind in the module, but symtable marks them
    only as global there, not as assigned."""
    names, stack = set(), [statement]
    while stack:
        node = stack.pop()
        if isinstance(node, ast.NamedExpr):
            names.add(node.target.id)
        for field, value in ast.iter_fields(node):
            if field == "body" and isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)):
                continue
            stack.extend(v for v in (value if isinstance(value, list) else [value]) if isinstance(v, ast.AST))
    return names


def plainly_bound(statement_source):
    """Names the statement binds in the module, other than by module-level augmented assignment."""
    tree = ast.parse(statement_source)
    if any(isinstance(node, ast.AugAssign) for node in ast.walk(tree)):
        statement_source = ast.unparse(ast.fix_missing_locations(ModuleAugmentedAsRead().visit(tree)))
    table = symtable.symtable(statement_source, "<statement>", "exec")
    bound = {s.get_name() for s in table.get_symbols() if s.is_assigned() or s.is_imported() or s.is_namespace()}
    return bound | module_level_walrus_targets(tree)


def free_names(statement_source, bound):
    table = symtable.symtable(statement_source, "<statement>", "exec")
    read = {s.get_name() for s in table.get_symbols() if s.is_referenced()}
    stack = list(table.get_children())
    while stack:
        child = stack.pop()
        stack.extend(child.get_children())
        # is_local() guards against symtable.py taking any table named "top" for the module (CPython < 3.12)
        read |= {s.get_name() for s in child.get_symbols() if s.is_referenced() and (s.is_declared_global() or (s.is_global() and not s.is_local()))}
    # __class__ is the implicit cell the compiler adds wherever `super` is named, not a name in the source
    return read - bound - {"__class__"}


def rewritten(source, strip):
    copy = AugmentedAsAssign().visit(ast.parse(source).body[0])
    return ast.unparse(ast.fix_missing_locations(Annotations(strip).visit(copy)))


def has_annotations(statement):
    return any(getattr(node, "annotation", None) is not None or getattr(node, "returns", None) is not None
               for node in ast.walk(statement))


def statement_uses(statement, own_lines):
    """(uses, annotation-only uses); the statement's own lines are re-parsed rather than unparsed (faster)."""
    source = own_lines if own_lines is not None else ast.unparse(statement)
    bound = plainly_bound(source)
    if not any(isinstance(node, ast.AugAssign) for node in ast.walk(statement)) and not has_annotations(statement):
        return free_names(source, bound), set()
    uses = free_names(rewritten(source, strip=False), bound)
    return uses, uses - free_names(rewritten(source, strip=True), bound)


def is_type_checking_imports(statement):
    return (isinstance(statement, ast.If) and ast.unparse(statement.test) in ("TYPE_CHECKING", "typing.TYPE_CHECKING")
            and not statement.orelse and all(isinstance(s, (ast.Import, ast.ImportFrom, ast.Pass)) for s in statement.body))


def module_bindings(tree):
    table = symtable.symtable(ast.unparse(tree), "<module>", "exec")
    return sorted(s.get_name() for s in table.get_symbols() if s.is_assigned() or s.is_imported() or s.is_namespace())


def analyse(path):
    with open(path, encoding="utf-8") as handle:
        source = handle.read()
    tree = ast.parse(source)
    lines = source.split("\n")
    shared = {b.lineno for a, b in zip(tree.body, tree.body[1:]) if a.end_lineno == b.lineno}
    statements = []
    for statement in tree.body:
        if isinstance(statement, (ast.Import, ast.ImportFrom)) or is_type_checking_imports(statement):
            continue
        decorators = getattr(statement, "decorator_list", [])
        line = min([statement.lineno] + [d.lineno for d in decorators])
        alone = statement.lineno not in shared and statement.end_lineno not in shared
        uses, annotation_only = statement_uses(statement, "\n".join(lines[line - 1:statement.end_lineno]) + "\n" if alone else None)
        statements.append({"line": line, "uses": sorted(uses), "annotationOnly": sorted(annotation_only)})
    return {"path": path, "moduleNames": module_bindings(tree), "statements": statements}


def main():
    for path in json.load(sys.stdin):
        try:
            print(json.dumps(analyse(path)))
        except (SyntaxError, UnicodeDecodeError, ValueError, RecursionError) as error:
            print(json.dumps({"path": path, "error": type(error).__name__}))


if __name__ == "__main__":
    main()
