# Layer: L6 — Drivers
# AUDIENCE: CUSTOMER
# Role: Maps an identity of an external provider (Slack user, GitHub login) to a tenant user

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime, timezone

from sqlalchemy import Column, MetaData, Table, delete, insert, select
from sqlalchemy.orm import Session

_metadata = MetaData()
_identities = Table(
    "external_identities",
    _metadata,
    Column("id", primary_key=True),
    Column("provider"),
    Column("external_id"),
    Column("tenant_id"),
    Column("user_id"),
    Column("linked_at"),
)


@dataclass(frozen=True)
class ExternalIdentity:
    id: str
    provider: str
    external_id: str
    tenant_id: str
    user_id: str
    linked_at: datetime


class IdentityResolver:
    def __init__(self, session: Session) -> None:
        self._session = session

    def resolve(self, provider: str, external_id: str) -> ExternalIdentity | None:
        statement = select(_identities).where(
            _identities.c.provider == provider, _identities.c.external_id == external_id
        )
        row = self._session.execute(statement).mappings().first()
        return None if row is None else ExternalIdentity(**row)

    def link(self, provider: str, external_id: str, tenant_id: str, user_id: str) -> ExternalIdentity:
        """Links the external identity to a user; relinking moves it to the new user."""
        identity = ExternalIdentity(
            id=f"{provider}:{external_id}",
            provider=provider,
            external_id=external_id,
            tenant_id=tenant_id,
            user_id=user_id,
            linked_at=datetime.now(timezone.utc),
        )
        self._session.execute(delete(_identities).where(_identities.c.id == identity.id))
        self._session.execute(insert(_identities).values(**asdict(identity)))
        return identity
