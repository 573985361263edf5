// AUDIENCE: CUSTOMER
// Role: Catalog of the MCP tools a tenant can call, across all of its MCP servers
// Scope: cross-domain (customer/general)

import { McpServer, McpServerRegistry } from '@hoc/customer/integrations/drivers/server_registry';

export interface McpToolEntry {
  serverId: string;
  toolName: string;
  qualifiedName: string;
}

function entriesOf(server: McpServer): McpToolEntry[] {
  return server.toolNames.map((toolName) => ({
    serverId: server.id,
    toolName,
    qualifiedName: `${server.id}.${toolName}`,
  }));
}

/** Every tool of the tenant's servers, named `<server>.<tool>`, sorted by that name. */
export async function listTools(registry: McpServerRegistry, tenantId: string): Promise<McpToolEntry[]> {
  const servers = await registry.forTenant(tenantId);
  return servers.flatMap(entriesOf).sort((a, b) => a.qualifiedName.localeCompare(b.qualifiedName));
}
