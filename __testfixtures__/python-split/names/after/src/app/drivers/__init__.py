# Layer: L6 — Drivers
# AUDIENCE: CUSTOMER

from .bridges import BridgeResult, record
from ..schemas.audit import Audit

__all__ = ["Audit", "BridgeResult", "record"]
