"""rope's MoveModule of one package folder into another package, the documented way; prints a bench report.

usage: python3 rope_move.py '{"copy": DIR, "from": REL_PACKAGE, "to": REL_DEST_PACKAGE, "roots": [REL, ...]}'
The package keeps its name: `a/b/schemas` moved to `c/d` becomes `c/d/schemas`.
"""
import json
import resource
import sys
import time

MARKER = "@@bench-result@@ "


def report(result: dict) -> None:
    sys.stdout.write("\n" + MARKER + json.dumps(result) + "\n")


def move_package(args: dict) -> dict:
    from rope.base.project import Project
    from rope.refactor.move import MoveModule

    # source_folders: where rope looks for top-level modules (the plan's python roots); no .ropeproject written.
    project = Project(args["copy"], ropefolder=None, source_folders=args["roots"])
    try:
        package = project.get_resource(args["from"])
        dest = project.get_resource(args["to"])
        changes = MoveModule(project, package).get_changes(dest)
        changed = {r.path for r in changes.get_changed_resources()}
        project.do(changes)
    finally:
        project.close()
    return {"filesChanged": len(changed)}


def main() -> int:
    started = time.perf_counter()
    try:
        import rope  # noqa: F401
    except ImportError:
        report({"ok": False, "error": "rope is not installed for this python (apt-get install python3-rope)"})
        return 1
    try:
        result = move_package(json.loads(sys.argv[1]))
    except Exception as err:  # the bench reports any failure as one line and goes on
        report({"ok": False, "error": f"{type(err).__name__}: {err}"})
        return 1
    rss = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    report({"ok": True, "ms": round((time.perf_counter() - started) * 1000), "maxRssMB": rss, **result})
    return 0


if __name__ == "__main__":
    sys.exit(main())
