# Layer: L5 — Domain Engine
# AUDIENCE: CUSTOMER
# Role: Health of a customer's connectors: failure rate and whether the integration is still granted

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Protocol

from app.houseofcards.customer.general.runtime.authority.integration_grants import (
    IntegrationGrant,
    is_integration_granted,
)

from ..schemas.connector_config import ConnectorConfig

if TYPE_CHECKING:
    from sqlalchemy import Row


class ConnectorCallStats(Protocol):
    @property
    def recent_calls(self) -> int: ...

    @property
    def recent_failures(self) -> int: ...


@dataclass(frozen=True)
class _CallCounters:
    recent_calls: int
    recent_failures: int


@dataclass(frozen=True)
class ConnectorHealth:
    healthy: bool
    failure_rate: float
    reason: str | None = None


_MAX_FAILURE_RATE = 0.25
# Below this many calls the failure rate says nothing yet.
_MIN_CALLS_FOR_RATE = 20


def evaluate_connector_health(stats: ConnectorCallStats) -> ConnectorHealth:
    """Health from recent call counters; a connector with too few calls counts as healthy."""
    if stats.recent_calls < _MIN_CALLS_FOR_RATE:
        return ConnectorHealth(healthy=True, failure_rate=0.0)
    failure_rate = stats.recent_failures / stats.recent_calls
    if failure_rate > _MAX_FAILURE_RATE:
        return ConnectorHealth(healthy=False, failure_rate=failure_rate, reason=f"failure rate {failure_rate:.0%}")
    return ConnectorHealth(healthy=True, failure_rate=failure_rate)


class CustomerHealthService:
    def __init__(self, stats_row: Callable[[str], Row | None]) -> None:
        self._stats_row = stats_row

    def report(self, config: ConnectorConfig, grants: list[IntegrationGrant]) -> ConnectorHealth:
        """Health of one configured connector, refusing connectors whose integration lost its grant."""
        if not is_integration_granted(config.tenant_id, config.kind, grants):
            return ConnectorHealth(healthy=False, failure_rate=0.0, reason="integration not granted")
        row = self._stats_row(config.id)
        counters = _CallCounters(row["recent_calls"], row["recent_failures"]) if row else _CallCounters(0, 0)
        return evaluate_connector_health(counters)
