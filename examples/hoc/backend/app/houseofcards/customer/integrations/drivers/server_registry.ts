// Layer: L6 — Drivers
// AUDIENCE: INTERNAL
// Role: Registry of the MCP servers a tenant has connected

import { DataSource } from 'typeorm';

export interface McpServer {
  id: string;
  tenantId: string;
  url: string;
  transport: 'sse' | 'stdio';
  toolNames: string[];
  registeredAt: Date;
}

export class McpServerRegistry {
  constructor(private readonly dataSource: DataSource) {}

  /** Registers the server, replacing an earlier registration with the same id. */
  async register(server: Omit<McpServer, 'registeredAt'>): Promise<McpServer> {
    if (server.transport === 'sse' && !server.url.startsWith('https://')) {
      throw new Error(`MCP server ${server.id}: an SSE server needs an https url`);
    }
    return this.servers().save({ ...server, registeredAt: new Date() });
  }

  async forTenant(tenantId: string): Promise<McpServer[]> {
    return this.servers().find({ where: { tenantId }, order: { registeredAt: 'ASC' } });
  }

  private servers() {
    return this.dataSource.getRepository<McpServer>('mcp_servers');
  }
}
