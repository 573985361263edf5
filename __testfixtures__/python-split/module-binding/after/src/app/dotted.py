import app.drivers.bridges
import app.schemas.audit


def fourth() -> str:
    return app.drivers.bridges.run(app.schemas.audit.Audit("d").id)
