# Layer: L6 — Drivers
# AUDIENCE: INTERNAL
# Role: Registry of the MCP servers a tenant has connected

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from typing import Literal

from sqlalchemy import Column, MetaData, Table, delete, insert, select
from sqlalchemy.orm import Session

_metadata = MetaData()
_servers = Table(
    "mcp_servers",
    _metadata,
    Column("id", primary_key=True),
    Column("tenant_id"),
    Column("url"),
    Column("transport"),
    Column("tool_names"),
    Column("registered_at"),
)


@dataclass(frozen=True)
class McpServer:
    id: str
    tenant_id: str
    url: str
    transport: Literal["sse", "stdio"]
    tool_names: list[str] = field(default_factory=lambda: [])
    registered_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))


class McpServerRegistry:
    def __init__(self, session: Session) -> None:
        self._session = session

    def register(self, server: McpServer) -> McpServer:
        """Registers the server, replacing an earlier registration with the same id."""
        if server.transport == "sse" and not server.url.startswith("https://"):
            raise ValueError(f"MCP server {server.id}: an SSE server needs an https url")
        self._session.execute(delete(_servers).where(_servers.c.id == server.id))
        self._session.execute(insert(_servers).values(**asdict(server)))
        return server

    def for_tenant(self, tenant_id: str) -> list[McpServer]:
        statement = select(_servers).where(_servers.c.tenant_id == tenant_id).order_by(_servers.c.registered_at)
        return [McpServer(**row) for row in self._session.execute(statement).mappings().all()]
