import app.drivers.bridges as b


def first() -> str:
    return b.run(b.make_audit("a").id)
