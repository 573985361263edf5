"""
Layer: L5 — Domain Schemas
AUDIENCE: CUSTOMER
Role: Connector configuration shared by engines, facades and the governed runtime
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class ConnectorKind(str, Enum):
    HTTP = "http"
    SLACK = "slack"
    WEBHOOK = "webhook"


@dataclass(frozen=True)
class ConnectorConfig:
    """A connector as customers configure it through the API."""

    id: str
    tenant_id: str
    kind: ConnectorKind
    endpoint: str
    enabled: bool
