# Layer: L6 — Drivers
# AUDIENCE: CUSTOMER

from .bridges import Audit, BridgeResult, record

__all__ = ["Audit", "BridgeResult", "record"]
