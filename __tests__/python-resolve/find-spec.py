"""Answers, for the differential test, what CPython's importlib finds for each dotted name.

stdin: {"base": absolute folder, "roots": [root-relative folders], "names": [dotted names]}
stdout: {name: null | {"file": path} | {"namespace": [paths]}}, paths relative to base.
"""
import importlib.util
import json
import os
import sys

request = json.load(sys.stdin)
base = request["base"]
sys.path[:] = [os.path.join(base, root) if root else base for root in request["roots"]]
sys.path_importer_cache.clear()


def rel(p):
    return os.path.relpath(p, base).replace(os.sep, "/")


answers = {}
for name in request["names"]:
    try:
        spec = importlib.util.find_spec(name)
    except ImportError:
        spec = None
    if spec is None:
        answers[name] = None
    elif spec.origin in (None, "namespace"):
        answers[name] = {"namespace": [rel(p) for p in spec.submodule_search_locations]}
    else:
        answers[name] = {"file": rel(spec.origin)}
print(json.dumps(answers))
