import app.schemas.audit as b


def audit() -> b.Audit:
    return b.make_audit("a")
