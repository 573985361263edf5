// Layer: L6 — Drivers
// AUDIENCE: CUSTOMER
// Role: Index of the documents a tenant's integrations feed into the knowledge plane

import { DataSource, In } from 'typeorm';

export interface KnowledgeDocument {
  id: string;
  tenantId: string;
  source: string;
  title: string;
  checksum: string;
  indexedAt: Date;
}

export class KnowledgePlaneStore {
  constructor(private readonly dataSource: DataSource) {}

  /** Stores the document unless the same content is already indexed; true when it was stored. */
  async upsert(document: KnowledgeDocument): Promise<boolean> {
    const indexed = await this.documents().findOneBy({ id: document.id });
    if (indexed !== null && indexed.checksum === document.checksum) return false;
    await this.documents().save({ ...document, indexedAt: new Date() });
    return true;
  }

  async bySources(tenantId: string, sources: readonly string[]): Promise<KnowledgeDocument[]> {
    return this.documents().find({ where: { tenantId, source: In(sources) }, order: { indexedAt: 'DESC' } });
  }

  private documents() {
    return this.dataSource.getRepository<KnowledgeDocument>('knowledge_documents');
  }
}
