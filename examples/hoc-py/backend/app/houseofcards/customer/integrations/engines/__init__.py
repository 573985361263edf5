# Layer: L4 — Domain Services
# AUDIENCE: CUSTOMER
# Role: Public surface of the integrations engines

from .cus_health_service import ConnectorCallStats, ConnectorHealth, CustomerHealthService, evaluate_connector_health
from .iam_service import IamService, IntegrationScope

__all__ = [
    "ConnectorCallStats",
    "ConnectorHealth",
    "CustomerHealthService",
    "evaluate_connector_health",
    "IamService",
    "IntegrationScope",
]
