from app.drivers import *


def sixth() -> str:
    return run(make_audit("f").id)
