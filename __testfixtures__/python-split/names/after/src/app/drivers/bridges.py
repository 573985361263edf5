# Layer: L6 — Drivers
# AUDIENCE: CUSTOMER
# Role: Bridges and the audit rows they write

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from ..schemas.audit import Audit

if TYPE_CHECKING:
    from .events import Stage

__all__ = [
    "BridgeResult",
    "record",
]


@dataclass
class BridgeResult:
    bridge: str
    audits: list[Audit] = field(default_factory=lambda: [])


def record(result: BridgeResult, stage: Stage) -> Audit:
    audit = Audit(id=result.bridge, stage=stage, at=datetime.now())
    result.audits.append(audit)
    return audit
