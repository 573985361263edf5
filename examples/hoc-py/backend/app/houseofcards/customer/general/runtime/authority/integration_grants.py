# Layer: L4 — Governed Runtime
# AUDIENCE: CUSTOMER
# Role: Authority: grants or denies a tenant's use of a connector kind

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Iterable

from app.houseofcards.customer.integrations.schemas.connector_config import ConnectorKind


@dataclass(frozen=True)
class IntegrationGrant:
    tenant_id: str
    kind: ConnectorKind
    expires_at: datetime | None


def is_integration_granted(
    tenant_id: str,
    kind: ConnectorKind,
    grants: Iterable[IntegrationGrant],
    now: datetime | None = None,
) -> bool:
    """True when the tenant holds a grant for the kind that has not expired."""
    at = now or datetime.now(timezone.utc)
    return any(
        grant.tenant_id == tenant_id and grant.kind == kind and (grant.expires_at is None or grant.expires_at > at)
        for grant in grants
    )
