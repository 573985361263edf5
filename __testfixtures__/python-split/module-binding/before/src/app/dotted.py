import app.drivers.bridges


def fourth() -> str:
    return app.drivers.bridges.run(app.drivers.bridges.Audit("d").id)
