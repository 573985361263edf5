# Layer: L4 — Domain Services
# AUDIENCE: CUSTOMER
# Role: Public surface of the integrations engines

from .cus_health_service import *
from .iam_service import *

__all__ = [
    "ConnectorCallStats",
    "ConnectorHealth",
    "CustomerHealthService",
    "evaluate_connector_health",
    "IamService",
    "IntegrationScope",
]
