from app.drivers.bridges import (
    Audit,
    Entry,
    run,
)


def again() -> tuple[Audit, Entry]:
    entry = run("b")
    return entry.audit, entry
