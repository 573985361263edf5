from app.drivers.bridges import (
    record,
)
from app.schemas.audit import (
    Audit,
)
from app.drivers.bridges import BridgeResult


def latest(result: BridgeResult) -> Audit | None:
    return result.audits[-1] if result.audits else record(result, "closed")
