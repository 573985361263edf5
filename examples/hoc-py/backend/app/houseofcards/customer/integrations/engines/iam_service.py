# Layer: L5 — Domain Engine
# AUDIENCE: CUSTOMER
# Role: Which connector kinds an external identity may use, by the role of its tenant user

from __future__ import annotations

from dataclasses import dataclass, field

from ..drivers.identity_resolver import IdentityResolver
from ..schemas.connector_config import ConnectorKind


@dataclass(frozen=True)
class IntegrationScope:
    tenant_id: str
    user_id: str
    kinds: list[ConnectorKind] = field(default_factory=lambda: [])


_KINDS_BY_ROLE: dict[str, list[ConnectorKind]] = {
    "admin": [ConnectorKind.HTTP, ConnectorKind.SLACK, ConnectorKind.WEBHOOK],
    "member": [ConnectorKind.SLACK],
}


class IamService:
    def __init__(self, identities: IdentityResolver) -> None:
        self._identities = identities

    def scope_for(self, provider: str, external_id: str, role: str) -> IntegrationScope | None:
        """The scope of a linked identity; None when the identity is not linked to any user."""
        identity = self._identities.resolve(provider, external_id)
        if identity is None:
            return None
        return IntegrationScope(identity.tenant_id, identity.user_id, list(_KINDS_BY_ROLE.get(role, [])))
