import app.drivers.bridges as b


def audit() -> b.Audit:
    return b.make_audit("a")
