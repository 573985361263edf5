# Role: Connector lookup by kind (legacy services namespace)
# Status: LEGACY — superseded by app.houseofcards; migration deferred (integrations Phase 2.5, IV.1)

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol


@dataclass(frozen=True)
class ConnectorResponse:
    ok: bool
    status: int
    body: str


class Connector(Protocol):
    """Something that can deliver a payload to a customer endpoint."""

    @property
    def kind(self) -> str: ...

    def send(self, endpoint: str, body: str) -> ConnectorResponse: ...


@dataclass
class _RecordingConnector:
    """Accepts every payload for a TLS endpoint and remembers what it sent."""

    kind: str
    sent: list[tuple[str, str]] = field(default_factory=lambda: [])

    def send(self, endpoint: str, body: str) -> ConnectorResponse:
        if not endpoint.startswith("https://"):
            return ConnectorResponse(ok=False, status=400, body="endpoint must use https")
        self.sent.append((endpoint, body))
        return ConnectorResponse(ok=True, status=202, body="")


_CONNECTORS: dict[str, Connector] = {kind: _RecordingConnector(kind) for kind in ("http", "slack", "webhook")}


def get_connector(kind: str) -> Connector:
    """The connector registered for `kind`; raises KeyError for an unknown kind."""
    connector = _CONNECTORS.get(kind)
    if connector is None:
        raise KeyError(f'no connector registered for kind "{kind}"')
    return connector
