"""The differential test's oracle: Python's own grammar (ast) lists what lexPythonImports must find.

Reads a JSON array of source texts on stdin and writes a JSON array with, per text, either
{"skip": reason} (ast cannot parse it) or {"records": [...]} of comparable strings in the format
the test builds from the lexer's records:
  "<line>:<col> <kind> <specifier> T|- stmt=<l>:<c>-<l>:<c> [ns=<alias>] [names=a>b,c] [star]"
  "<line>:<col> nonliteral <call>"
Columns are 1-based UTF-16 code units, as JavaScript counts them.
"""
import ast
import json
import re
import sys

IMPORT_CALLS = {"importlib.import_module", "import_module", "__import__"}
DYNAMIC_CALLS = IMPORT_CALLS | {"pytest.importorskip", "pytest.register_assert_rewrite"}
MOCK_CALLS = {"patch", "mock.patch", "unittest.mock.patch", "patch.dict", "mock.patch.dict", "unittest.mock.patch.dict"}
DOTTED_MOCK_CALLS = {"monkeypatch.setattr", "monkeypatch.delattr"}
# One plain string literal (no f/b prefix); a raw one may hold backslashes, others may not.
PLAIN_STRING = re.compile(r"""[rRuU]?('''(?:\\.|[^\\])*?'''|\"\"\"(?:\\.|[^\\])*?\"\"\"|'(?:\\.|[^'\\\n\r])*'|"(?:\\.|[^"\\\n\r])*")""", re.S)


class Source:
    def __init__(self, text):
        self.text = text
        self.lines = re.split(r"\r\n|\r|\n", text)
        starts, pos = [0], 0
        for m in re.finditer(r"\r\n|\r|\n", text):
            starts.append(m.end())
        self.starts = starts

    def col16(self, lineno, col_bytes):
        """1-based UTF-16 column of a UTF-8 byte offset in a line."""
        prefix = self.lines[lineno - 1].encode("utf-8")[:col_bytes].decode("utf-8")
        return len(prefix.encode("utf-16-le")) // 2 + 1

    def offset(self, lineno, col_bytes):
        prefix = self.lines[lineno - 1].encode("utf-8")[:col_bytes].decode("utf-8")
        return self.starts[lineno - 1] + len(prefix)

    def pos(self, offset):
        """'line:col' of a character offset (characters are UTF-16 units only for BMP text)."""
        lo, hi = 0, len(self.starts) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.starts[mid] <= offset:
                lo = mid
            else:
                hi = mid - 1
        col = len(self.text[self.starts[lo]:offset].encode("utf-16-le")) // 2 + 1
        return f"{lo + 1}:{col}"

    def at(self, lineno, col_bytes):
        return f"{lineno}:{self.col16(lineno, col_bytes)}"

    def span(self, node):
        return f"{self.at(node.lineno, node.col_offset)}-{self.at(node.end_lineno, node.end_col_offset)}"


def is_type_checking(test):
    if isinstance(test, ast.Name):
        return test.id == "TYPE_CHECKING"
    return isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING" and isinstance(test.value, ast.Name)


def dotted(func):
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        base = dotted(func.value)
        return None if base is None else base + "." + func.attr
    return None


class Collector:
    def __init__(self, src):
        self.src = src
        self.out = []

    def visit(self, node, type_only):
        if isinstance(node, ast.JoinedStr):
            return  # the lexer takes an f-string as one token
        if isinstance(node, ast.If) and is_type_checking(node.test):
            self.visit(node.test, type_only)
            for child in node.body:
                self.visit(child, True)
            for child in node.orelse:
                self.visit(child, type_only)
            return
        if isinstance(node, ast.Import):
            self.import_(node, type_only)
        elif isinstance(node, ast.ImportFrom):
            self.import_from(node, type_only)
        elif isinstance(node, ast.Call):
            self.call(node, type_only)
        for child in ast.iter_child_nodes(node):
            self.visit(child, type_only)

    def add(self, where, kind, spec, type_only, stmt, extra=""):
        self.out.append(f"{where} {kind} {spec} {'T' if type_only else '-'} stmt={stmt}{extra}")

    def import_(self, node, type_only):
        for alias in node.names:
            ns = f" ns={alias.asname}" if alias.asname else ""
            self.add(self.src.at(alias.lineno, alias.col_offset), "import", alias.name, type_only, self.src.span(node), ns)

    def import_from(self, node, type_only):
        src = self.src
        # The module starts at the first token after `from` (blanks and continuations between).
        p = src.offset(node.lineno, node.col_offset) + 4
        m = re.compile(r"(?:[ \t\f]|\\(?:\r\n|\r|\n))*").match(src.text, p)
        module = "." * node.level + (node.module or "")
        star = len(node.names) == 1 and node.names[0].name == "*"
        names = "" if star else " names=" + ",".join(a.name + (">" + a.asname if a.asname else "") for a in node.names)
        self.add(src.pos(m.end()), "from", module, type_only, src.span(node), " star" if star else names)
        if star:
            return
        prefix = module if module.endswith(".") else module + "."
        for alias in node.names:
            self.add(src.at(alias.lineno, alias.col_offset), "submodule", prefix + alias.name, type_only, src.span(node))

    def call(self, node, type_only):
        name = dotted(node.func)
        if name not in DYNAMIC_CALLS and name not in MOCK_CALLS and name not in DOTTED_MOCK_CALLS:
            return
        value = self.literal(node)
        if value is None:
            if name in IMPORT_CALLS:
                self.out.append(f"{self.src.at(node.lineno, node.col_offset)} nonliteral {name}")
            return
        if name in DOTTED_MOCK_CALLS and "." not in value:
            return
        kind = "dynamic" if name in DYNAMIC_CALLS else "mock"
        arg = node.args[0]
        self.add(self.src.at(arg.lineno, arg.col_offset), kind, value, type_only, self.src.span(node))

    def literal(self, node):
        """The first argument's value when it is one plain string literal right after `(`."""
        if not node.args or not isinstance(node.args[0], ast.Constant) or not isinstance(node.args[0].value, str):
            return None
        src, arg = self.src, node.args[0]
        start = src.offset(arg.lineno, arg.col_offset)
        end = src.offset(arg.end_lineno, arg.end_col_offset)
        func_end = src.offset(node.func.end_lineno, node.func.end_col_offset)
        if re.sub(r"[\s\\]", "", src.text[func_end:start]) != "(":
            return None
        segment = src.text[start:end]
        if not PLAIN_STRING.fullmatch(segment):
            return None
        if "\\" in segment and segment[0] not in "rR":
            return None
        return arg.value


def collect(text):
    body = text[1:] if text.startswith("\ufeff") else text
    try:
        tree = ast.parse(body)
    except (SyntaxError, ValueError) as error:
        return {"skip": f"{type(error).__name__}: {error}"}
    collector = Collector(Source(body))
    collector.visit(tree, False)
    return {"records": collector.out}


if __name__ == "__main__":
    texts = json.load(sys.stdin)
    json.dump([collect(text) for text in texts], sys.stdout)
