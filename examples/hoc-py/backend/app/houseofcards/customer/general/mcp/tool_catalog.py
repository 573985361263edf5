# AUDIENCE: CUSTOMER
# Role: Catalog of the MCP tools a tenant can call, across all of its MCP servers
# Scope: cross-domain (customer/general)

from __future__ import annotations

from dataclasses import dataclass

from app.houseofcards.customer.integrations.drivers.server_registry import McpServer, McpServerRegistry


@dataclass(frozen=True)
class McpToolEntry:
    server_id: str
    tool_name: str
    qualified_name: str


def _entries_of(server: McpServer) -> list[McpToolEntry]:
    return [McpToolEntry(server.id, tool_name, f"{server.id}.{tool_name}") for tool_name in server.tool_names]


def list_tools(registry: McpServerRegistry, tenant_id: str) -> list[McpToolEntry]:
    """Every tool of the tenant's servers, named `<server>.<tool>`, sorted by that name."""
    entries = [entry for server in registry.for_tenant(tenant_id) for entry in _entries_of(server)]
    return sorted(entries, key=lambda entry: entry.qualified_name)
