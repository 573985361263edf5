# Layer: L5 — Domain Engine
# AUDIENCE: CUSTOMER
# Role: Rotation policy for the integration credentials a customer keeps in the vault

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from enum import Enum


@dataclass(frozen=True)
class CredentialMetadata:
    id: str
    tenant_id: str
    connector_id: str
    created_at: datetime
    last_rotated_at: datetime | None
    expires_at: datetime


class RotationDecision(str, Enum):
    KEEP = "keep"
    ROTATE = "rotate"
    REVOKE = "revoke"


_MAX_AGE = timedelta(days=90)
# Rotate this long before expiry so a failed rotation can be retried.
_ROTATE_BEFORE_EXPIRY = timedelta(days=7)


def rotation_decision(credential: CredentialMetadata, now: datetime | None = None) -> RotationDecision:
    """Expired credentials are revoked; old or nearly expired ones are rotated."""
    now = now or datetime.now(timezone.utc)
    if credential.expires_at <= now:
        return RotationDecision.REVOKE
    last_change = credential.last_rotated_at or credential.created_at
    if now - last_change >= _MAX_AGE or credential.expires_at - now <= _ROTATE_BEFORE_EXPIRY:
        return RotationDecision.ROTATE
    return RotationDecision.KEEP
