// Layer: L6 — Drivers
// AUDIENCE: INTERNAL
// Role: Operators' review queue for MCP servers that customers asked to connect

import { DataSource } from 'typeorm';

export interface McpServerReview {
  id: string;
  serverUrl: string;
  requestedBy: string;
  verdict: 'pending' | 'approved' | 'rejected';
  reviewedAt: Date | null;
}

export class McpReviewStore {
  constructor(private readonly dataSource: DataSource) {}

  async pending(): Promise<McpServerReview[]> {
    return this.reviews().find({ where: { verdict: 'pending' }, order: { id: 'ASC' } });
  }

  async decide(review: McpServerReview, verdict: 'approved' | 'rejected'): Promise<McpServerReview> {
    return this.reviews().save({ ...review, verdict, reviewedAt: new Date() });
  }

  private reviews() {
    return this.dataSource.getRepository<McpServerReview>('mcp_server_reviews');
  }
}
