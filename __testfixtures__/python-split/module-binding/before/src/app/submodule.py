from app.drivers import bridges


def second() -> str:
    return bridges.run(bridges.Audit("b").id)
