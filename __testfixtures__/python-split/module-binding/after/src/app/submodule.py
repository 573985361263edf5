from app.drivers import bridges
from app.schemas import audit


def second() -> str:
    return bridges.run(audit.Audit("b").id)
