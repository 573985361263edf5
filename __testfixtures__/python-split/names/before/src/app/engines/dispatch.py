from __future__ import annotations

from ..drivers.bridges import Audit, BridgeResult, record


def run(name: str) -> list[Audit]:
    result = BridgeResult(bridge=name)
    record(result, "open")
    return result.audits
