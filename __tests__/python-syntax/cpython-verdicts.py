# Reads a JSON list of Python texts on stdin; prints, for each, CPython's syntax error as "line:column message", or null.
import json, sys
out = []
for src in json.load(sys.stdin):
    try:
        compile(src, 'x.py', 'exec'); out.append(None)
    except SyntaxError as e:
        out.append(f"{e.lineno}:{e.offset} {e.msg}")
    except Exception as e:
        out.append('other ' + str(e))
print(json.dumps(out))
