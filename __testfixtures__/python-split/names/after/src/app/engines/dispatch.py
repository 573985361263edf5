from __future__ import annotations

from ..drivers.bridges import BridgeResult, record
from ..schemas.audit import Audit


def run(name: str) -> list[Audit]:
    result = BridgeResult(bridge=name)
    record(result, "open")
    return result.audits
