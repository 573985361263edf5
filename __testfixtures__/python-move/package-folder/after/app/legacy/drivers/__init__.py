# Layer: L6 — Drivers
# AUDIENCE: CUSTOMER
# Role: Storage drivers
from . import store
from .store import Store

__all__ = ["Store", "store"]
