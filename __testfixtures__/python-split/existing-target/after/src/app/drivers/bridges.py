from datetime import datetime

from ..schemas.audit import Audit


def run() -> Audit:
    return Audit(datetime.now())
