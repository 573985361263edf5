from .drivers.bridges import run
from .schemas.audit import Audit, Entry


def go() -> tuple[Audit, Entry]:
    entry = run("a")
    return entry.audit, entry
