"""The seed-style validator written in Python: one process, `ast` over every file of the tree.

It reads a remediate plan (YAML, or the same document as JSON), resolves every import against the
plan's Python roots (relative imports, packages, modules, namespace packages) and checks the plan's
rules with remediate's semantics (docs/spec plan-format.md, src/validate/rules/*.ts). It prints one
JSON object shaped like `remediate verify --format json`: `{violations: [{rule, file, line, message,
debt}], summary}`. remediate's verify is measured against it on the same tree.

usage: python3 py_validator.py PLAN.yaml | --plan-json PLAN.json [--base DIR]
"""
from __future__ import annotations

import ast
import fnmatch
import json
import os
import re
import sys
from dataclasses import dataclass
from typing import Optional

HEADER_LINE = re.compile(r"^#\s*([A-Za-z][\w-]*)\s*:\s*(.*?)\s*$")
DOC_LINE = re.compile(r"^\s*([A-Za-z][\w-]*)\s*:\s*(.*?)\s*$")
SKIPPED_DIRS = {".git", "node_modules", "__pycache__", ".remediate", ".venv", "venv"}


def glob_regex(glob: str) -> re.Pattern[str]:
    """picomatch's reading of the globs plans use (`**`, `*`, `?`, `{a,b}`), with dot files matched."""
    out, i = [], 0
    while i < len(glob):
        c = glob[i]
        if glob.startswith("**", i):
            before_ok = i == 0 or glob[i - 1] == "/"
            after = glob[i + 2:i + 3]
            if before_ok and after == "/":
                out.append("(?:.*/)?")
                i += 3
                continue
            if before_ok and after == "" and i > 0:
                out[-1] = "(?:/.*)?"  # `a/**` also matches `a` itself
                i += 2
                continue
            out.append(".*")
            i += 2
        elif c == "*":
            out.append("[^/]*")
            i += 1
        elif c == "?":
            out.append("[^/]")
            i += 1
        elif c == "{":
            end = glob.index("}", i)
            out.append("(?:" + "|".join(re.escape(p) for p in glob[i + 1:end].split(",")) + ")")
            i = end + 1
        else:
            out.append(re.escape(c))
            i += 1
    return re.compile("^" + "".join(out) + "$")


def segments_match(pattern: list[str], segments: list[str]) -> bool:
    """Whether dotted segments match a pattern's: `*` (or `a*`) one segment, `**` any number, zero included."""
    if not pattern:
        return not segments
    head = pattern[0]
    if head == "**":
        return any(segments_match(pattern[1:], segments[i:]) for i in range(len(segments) + 1))
    return bool(segments) and fnmatch.fnmatchcase(segments[0], head) and segments_match(pattern[1:], segments[1:])


class ModulePattern:
    """A module pattern of the plan: dotted (matched against the absolute module) or a path glob (against the resolved file)."""

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self.by_path = "/" in pattern
        if self.by_path:
            prefix = pattern[:-3] if pattern.endswith("/**") else pattern
            self.regex = glob_regex(prefix + "/**") if not re.search(r"[*?{]", prefix) else glob_regex(pattern)
        else:
            self.segments = pattern.split(".")
            self.answers: dict[str, bool] = {}

    def matches(self, module: str, resolved: Optional[str]) -> bool:
        if not self.by_path:
            answer = self.answers.get(module)
            if answer is None:
                parts = module.split(".")
                # The module or anything below it: some leading run of its segments matches the pattern.
                answer = self.answers[module] = any(segments_match(self.segments, parts[:k]) for k in range(1, len(parts) + 1))
            return answer
        if resolved is None:
            return False
        bare = resolved[:-len("/__init__.py")] if resolved.endswith("/__init__.py") else re.sub(r"\.pyi?$", "", resolved)
        return self.regex.match(resolved) is not None or self.regex.match(bare) is not None


@dataclass
class Import:
    line: int
    module: str
    resolved: Optional[str]
    type_only: bool
    unresolved_internal: bool


class ProjectIndex:
    """Every module, package and namespace package under the import roots, by absolute module name."""

    def __init__(self, base: str, roots: list[str], files: list[str]) -> None:
        self.roots = sorted((r.strip("/") for r in roots), key=len, reverse=True)
        self.modules: dict[str, str] = {}
        self.namespaces: set[str] = set()
        self.top_level: set[str] = set()
        for rel in files:
            for root in self.roots:
                name = self._module_name(root, rel)
                if name is None:
                    continue
                self.modules.setdefault(name, rel)
                parts = name.split(".")
                self.top_level.add(parts[0])
                for i in range(1, len(parts)):
                    self.namespaces.add(".".join(parts[:i]))
        self.own_module = {rel: self.module_of(rel) for rel in files}

    @staticmethod
    def _module_name(root: str, rel: str) -> Optional[str]:
        if root in ("", "."):
            inner = rel
        elif rel.startswith(root + "/"):
            inner = rel[len(root) + 1:]
        else:
            return None
        stem = re.sub(r"\.pyi?$", "", inner)
        if stem.endswith("/__init__") or stem == "__init__":
            stem = stem[:-len("__init__")].rstrip("/")
        return stem.replace("/", ".") if stem and "-" not in stem else None

    def module_of(self, rel: str) -> Optional[str]:
        """The file's module name under the most specific root that holds it."""
        for root in self.roots:
            name = self._module_name(root, rel)
            if name is not None:
                return name
        return None

    def exists(self, module: str) -> bool:
        return module in self.modules or module in self.namespaces

    def is_project(self, module: str) -> bool:
        return module.split(".")[0] in self.top_level


def type_checking_test(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def import_nodes(body: list[ast.stmt], type_only: bool, out: list[tuple[ast.stmt, bool]]) -> None:
    """Every import statement in statement lists (imports are statements: expressions are never walked)."""
    for node in body:
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            out.append((node, type_only))
        elif isinstance(node, ast.If):
            import_nodes(node.body, type_only or type_checking_test(node.test), out)
            import_nodes(node.orelse, type_only, out)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.With, ast.AsyncWith)):
            import_nodes(node.body, type_only, out)
        elif isinstance(node, (ast.For, ast.AsyncFor, ast.While)):
            import_nodes(node.body, type_only, out)
            import_nodes(node.orelse, type_only, out)
        elif isinstance(node, ast.Try) or type(node).__name__ == "TryStar":
            import_nodes(node.body, type_only, out)  # type: ignore[attr-defined]
            for h in node.handlers:  # type: ignore[attr-defined]
                import_nodes(h.body, type_only, out)
            import_nodes(node.orelse, type_only, out)  # type: ignore[attr-defined]
            import_nodes(node.finalbody, type_only, out)  # type: ignore[attr-defined]
        elif isinstance(node, ast.Match):
            for case in node.cases:
                import_nodes(case.body, type_only, out)


def resolve_imports(index: ProjectIndex, rel: str, tree: ast.Module) -> list[Import]:
    """The file's imports with absolute module names and the files they resolve to."""
    nodes: list[tuple[ast.stmt, bool]] = []
    import_nodes(tree.body, False, nodes)
    own = index.own_module.get(rel) or ""
    package = own if rel.endswith("__init__.py") or rel.endswith("__init__.pyi") else own.rpartition(".")[0]
    out: list[Import] = []
    for node, type_only in nodes:
        if isinstance(node, ast.Import):
            for a in node.names:
                out.append(absolute_import(index, node.lineno, a.name, type_only, False))
            continue
        assert isinstance(node, ast.ImportFrom)
        if node.level:
            parts = package.split(".") if package else []
            up = node.level - 1
            if up > len(parts):
                out.append(Import(node.lineno, "." * node.level + (node.module or ""), None, type_only, True))
                continue
            base = ".".join(parts[:len(parts) - up] + ([node.module] if node.module else []))
        else:
            base = node.module or ""
        seen: set[Optional[str]] = set()
        for a in node.names:
            sub = f"{base}.{a.name}" if base else a.name
            imp = absolute_import(index, node.lineno, sub, type_only, node.level > 0) if a.name != "*" and sub in index.modules \
                else absolute_import(index, node.lineno, base, type_only, node.level > 0)
            if imp.resolved not in seen or imp.resolved is None:
                seen.add(imp.resolved)
                out.append(imp)
    return dedupe(out)


def dedupe(imports: list[Import]) -> list[Import]:
    seen: set[tuple[int, str]] = set()
    out = []
    for i in imports:
        key = (i.line, i.module)
        if key not in seen:
            seen.add(key)
            out.append(i)
    return out


def absolute_import(index: ProjectIndex, line: int, module: str, type_only: bool, relative: bool) -> Import:
    resolved = index.modules.get(module)
    internal = relative or index.is_project(module)
    return Import(line, module, resolved, type_only, internal and not index.exists(module))


def read_header(text: str) -> list[tuple[str, str, int]]:
    """`# Key: value` lines at the top (after a shebang or encoding line), else `Key: value` lines of the module docstring."""
    entries: list[tuple[str, str, int]] = []
    lines = text.split("\n", 60)
    i = 0
    while i < len(lines) and lines[i].startswith("#"):
        line = lines[i]
        if not (i == 0 and line.startswith("#!")) and "coding" not in line[:30]:
            m = HEADER_LINE.match(line)
            if m:
                entries.append((m.group(1), m.group(2), i + 1))
        i += 1
    if entries:
        return entries
    while i < len(lines) and not lines[i].strip():
        i += 1
    if i < len(lines) and lines[i].lstrip().startswith(('"""', "'''")):
        quote = lines[i].lstrip()[:3]
        first = lines[i].lstrip()[3:]
        j = i
        chunk = first
        while True:
            if quote in chunk:
                chunk = chunk[:chunk.index(quote)]
                m = DOC_LINE.match(chunk)
                if m:
                    entries.append((m.group(1), m.group(2), j + 1))
                break
            m = DOC_LINE.match(chunk)
            if m:
                entries.append((m.group(1), m.group(2), j + 1))
            j += 1
            if j >= len(lines):
                break
            chunk = lines[j]
    return entries


def header_value(entries: list[tuple[str, str, int]], key: str) -> Optional[tuple[str, int]]:
    for k, v, line in entries:
        if k.lower() == key:
            return v, line
    return None


def declared_layers(value: str) -> list[str]:
    """`L5 — Domain Engine` → [L5]; `L5/L6 — HYBRID` → [L5, L6]."""
    return [s.strip() for s in re.split(r"\s+[—–-]\s+", value)[0].split("/") if s.strip()]


class Plan:
    """The parts of a remediate plan the validator needs, with paths resolved against the tree."""

    def __init__(self, doc: dict, plan_dir: str) -> None:
        self.root = os.path.normpath(os.path.join(plan_dir, doc.get("root", ".")))
        self.scope = (doc.get("scope") or "").strip("/")
        self.roots = (doc.get("python") or {}).get("roots") or ["."]
        self.layers = [(lid, spec.get("title", ""), [glob_regex(p) for p in spec.get("paths", [])]) for lid, spec in (doc.get("layers") or {}).items()]
        self.audiences = [(name, folder.strip("/") + "/") for name, folder in (doc.get("audiences") or {}).items()]
        self.rules = doc.get("rules") or {}
        self.debt = [(d["rule"], glob_regex(self.from_scope(d["file"]))) for d in doc.get("debt") or []]

    def from_scope(self, p: str) -> str:
        if p.startswith("//"):
            return p[2:]
        return f"{self.scope}/{p}" if self.scope else p

    def layer_of(self, rel: str) -> Optional[str]:
        for lid, _title, globs in self.layers:
            if any(g.match(rel) for g in globs):
                return lid
        return None

    def audience_of(self, rel: str) -> Optional[str]:
        for name, folder in self.audiences:
            if rel.startswith(folder):
                return name
        return None


class Checker:
    """The plan's rules over one file at a time; layer and audience answers are kept per file."""

    def __init__(self, plan: Plan, index: ProjectIndex) -> None:
        self.plan, self.index, self.rules = plan, index, plan.rules
        self._layer: dict[str, Optional[str]] = {}
        self._audience: dict[str, Optional[str]] = {}
        self.banned = [(g, glob_regex(plan.from_scope(g))) for g in (self.rules.get("BANNED_NAMING") or {}).get("files", [])]
        self.legacy = [ModulePattern(p) for p in (self.rules.get("LEGACY_IMPORT") or {}).get("modules", [])]
        orm = self.rules.get("ORM_RUNTIME") or {}
        self.orm, self.orm_layers = [ModulePattern(p) for p in orm.get("modules", [])], orm.get("layers", [])
        self.policies = {k: (set(v.get("deny", [])), bool(v.get("allow-type-only"))) for k, v in (self.rules.get("LAYER_BOUNDARY") or {}).items()}
        self.known = [lid for lid, _t, _g in plan.layers]

    def layer(self, rel: str) -> Optional[str]:
        if rel not in self._layer:
            self._layer[rel] = self.plan.layer_of(rel)
        return self._layer[rel]

    def audience(self, rel: str) -> Optional[str]:
        if rel not in self._audience:
            self._audience[rel] = self.plan.audience_of(rel)
        return self._audience[rel]

    def check(self, rel: str, text: str, imports: list[Import]) -> list[tuple[str, int, str]]:
        out: list[tuple[str, int, str]] = []
        header = read_header(text)
        layer, audience = self.layer(rel), self.audience(rel)
        if "BANNED_NAMING" in self.rules:
            for glob, rx in self.banned:
                if rx.match(rel):
                    out.append(("BANNED_NAMING", 1, f"file name {rel.rsplit('/', 1)[-1]} matches the banned pattern \"{glob}\""))
                    break
        if "HEADER_LAYER" in self.rules:
            self.header_layer(header, layer, out)
        if "AUDIENCE_BOUNDARY" in self.rules and audience is not None:
            declared = header_value(header, "audience")
            if declared and declared[0] != audience:
                out.append(("AUDIENCE_BOUNDARY", declared[1], f"header declares AUDIENCE: {declared[0]} but the file's folder belongs to {audience}"))
        own = self.index.own_module.get(rel) or ""
        lives = [p.matches(own, rel) for p in self.legacy]
        orm_layer = self.orm_layer(layer, header) if "ORM_RUNTIME" in self.rules else None
        policy = self.policies.get(layer) if layer is not None else None
        for imp in imports:
            self.check_import(rel, imp, lives, orm_layer, layer, policy, audience, out)
        return out

    def header_layer(self, header: list[tuple[str, str, int]], layer: Optional[str], out: list) -> None:
        found = header_value(header, "layer")
        if not found:
            return
        value, line = found
        declared = declared_layers(value)
        unknown = [d for d in declared if d not in self.known]
        if unknown:
            out.append(("HEADER_LAYER", line, f"header declares unknown layer {', '.join(unknown)} (\"{value}\")"))
        elif layer is not None and layer not in declared:
            out.append(("HEADER_LAYER", line, f"header declares {value} but the file's folder is {layer}"))
        elif layer is not None and len(declared) > 1 and "hybrid" not in value.lower():
            out.append(("HEADER_LAYER", line, f"header declares several layers ({value}) without marking the file HYBRID"))

    def orm_layer(self, layer: Optional[str], header: list[tuple[str, str, int]]) -> Optional[str]:
        if layer is not None and layer in self.orm_layers:
            return layer
        found = header_value(header, "layer")
        if not found or "/" not in found[0]:
            return None
        declared = declared_layers(found[0])
        return next((d for d in declared if d in self.orm_layers), None) if len(declared) > 1 else None

    def check_import(self, rel, imp: Import, lives, orm_layer, layer, policy, audience, out) -> None:
        what = f"{'type-only ' if imp.type_only else ''}import {imp.module}" + (f" ({imp.resolved})" if imp.resolved else "")
        for p, inside in zip(self.legacy, lives):
            if not inside and p.matches(imp.module, imp.resolved):
                out.append(("LEGACY_IMPORT", imp.line, f"{what} is in the banned namespace \"{p.pattern}\""))
                break
        if orm_layer is not None and not imp.type_only and any(p.matches(imp.module, imp.resolved) for p in self.orm):
            out.append(("ORM_RUNTIME", imp.line, f"{what} loads an ORM at run time in a {orm_layer} file"))
        if imp.resolved is not None:
            to = self.layer(imp.resolved)
            if policy and to in policy[0] and not (imp.type_only and policy[1]):
                out.append(("LAYER_BOUNDARY", imp.line, f"{what} reaches {to} from {layer}, which may not depend on {to}"))
            if "AUDIENCE_BOUNDARY" in self.rules and audience is not None:
                other = self.audience(imp.resolved)
                if other is not None and other != audience:
                    out.append(("AUDIENCE_BOUNDARY", imp.line, f"{what} crosses from audience {audience} into {other}"))
        elif imp.unresolved_internal and "UNRESOLVED_IMPORT" in self.rules:
            out.append(("UNRESOLVED_IMPORT", imp.line, f"import \"{imp.module}\" resolves to no file"))


def list_python_files(root: str) -> list[str]:
    """Root-relative `/`-separated paths of every .py/.pyi file, hidden and tool folders skipped."""
    out = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if d not in SKIPPED_DIRS and not d.startswith(".")]
        rel_dir = os.path.relpath(dirpath, root).replace(os.sep, "/")
        prefix = "" if rel_dir == "." else rel_dir + "/"
        out.extend(prefix + f for f in filenames if f.endswith((".py", ".pyi")))
    out.sort()
    return out


def load_plan(argv: list[str]) -> tuple[dict, str]:
    if argv[:1] == ["--plan-json"]:
        with open(argv[1], encoding="utf-8") as f:
            return json.load(f), os.path.dirname(os.path.abspath(argv[1]))
    try:
        import yaml
    except ImportError:
        sys.exit("py_validator: PyYAML is missing; pass the plan as JSON with --plan-json")
    with open(argv[0], encoding="utf-8") as f:
        return yaml.safe_load(f), os.path.dirname(os.path.abspath(argv[0]))


def validate(doc: dict, plan_dir: str, base: Optional[str] = None) -> dict:
    """Every violation of the tree the plan names, shaped like `remediate verify --format json`."""
    plan = Plan(doc, plan_dir)
    root = plan.root if base is None else os.path.abspath(base)
    files = list_python_files(root)
    index = ProjectIndex(root, plan.roots, files)
    checker = Checker(plan, index)
    violations = []
    for rel in files:
        with open(os.path.join(root, rel), encoding="utf-8") as f:
            text = f.read()
        try:
            tree = ast.parse(text, filename=rel)
        except SyntaxError as err:
            sys.exit(f"py_validator: {rel}:{err.lineno}:{err.offset}: {err.msg}")
        for rule, line, message in checker.check(rel, text, resolve_imports(index, rel, tree)):
            debt = any(r == rule and rx.match(rel) for r, rx in plan.debt)
            violations.append({"rule": rule, "file": rel, "line": line, "message": message, "debt": debt})
    violations.sort(key=lambda v: (v["file"], v["line"], v["rule"]))
    by_rule: dict[str, int] = {}
    for v in violations:
        by_rule[v["rule"]] = by_rule.get(v["rule"], 0) + 1
    debt_total = sum(1 for v in violations if v["debt"])
    return {"plan": doc.get("name"), "files": len(files), "violations": violations,
            "summary": {"total": len(violations), "actionable": len(violations) - debt_total, "debt": debt_total, "byRule": by_rule}}


def main(argv: list[str]) -> int:
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__.strip().splitlines()[-1])
        return 2
    base = argv[argv.index("--base") + 1] if "--base" in argv else None
    doc, plan_dir = load_plan([a for i, a in enumerate(argv) if a != "--base" and (i == 0 or argv[i - 1] != "--base")])
    result = validate(doc, plan_dir, base)
    sys.stdout.write(json.dumps(result) + "\n")
    return 1 if result["summary"]["actionable"] else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
