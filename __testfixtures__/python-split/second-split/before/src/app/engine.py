from .drivers.bridges import Audit, Entry, run


def go() -> tuple[Audit, Entry]:
    entry = run("a")
    return entry.audit, entry
