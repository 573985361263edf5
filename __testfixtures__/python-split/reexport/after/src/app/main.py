from app.drivers.bridges import Audit, Stage, run


def main() -> str:
    return run(Audit("a", Stage.OPEN).id)
