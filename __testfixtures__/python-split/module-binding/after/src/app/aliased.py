import app.drivers.bridges as b
import app.schemas.audit as audit


def first() -> str:
    return b.run(audit.make_audit("a").id)
