# Layer: L4 — Domain Services
# AUDIENCE: CUSTOMER
# Role: Public surface of the integrations schemas

from .connector_config import *

__all__ = ["ConnectorConfig", "ConnectorKind"]
