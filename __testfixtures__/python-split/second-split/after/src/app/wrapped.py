from app.drivers.bridges import (
    run,
)
from app.schemas.audit import (
    Audit,
    Entry,
)


def again() -> tuple[Audit, Entry]:
    entry = run("b")
    return entry.audit, entry
