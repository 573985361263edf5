# Layer: L6 — Drivers
# AUDIENCE: CUSTOMER
# Role: Index of the documents a tenant's integrations feed into the knowledge plane

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from datetime import datetime, timezone
from typing import Iterable

from sqlalchemy import Column, MetaData, Table, delete, insert, select
from sqlalchemy.orm import Session

_metadata = MetaData()
_documents = Table(
    "knowledge_documents",
    _metadata,
    Column("id", primary_key=True),
    Column("tenant_id"),
    Column("source"),
    Column("title"),
    Column("checksum"),
    Column("indexed_at"),
)


@dataclass(frozen=True)
class KnowledgeDocument:
    id: str
    tenant_id: str
    source: str
    title: str
    checksum: str
    indexed_at: datetime


class KnowledgePlaneStore:
    def __init__(self, session: Session) -> None:
        self._session = session

    def upsert(self, document: KnowledgeDocument) -> bool:
        """Stores the document unless the same content is already indexed; True when it was stored."""
        indexed = self._session.execute(select(_documents).where(_documents.c.id == document.id)).mappings().first()
        if indexed is not None and indexed["checksum"] == document.checksum:
            return False
        stored = replace(document, indexed_at=datetime.now(timezone.utc))
        self._session.execute(delete(_documents).where(_documents.c.id == document.id))
        self._session.execute(insert(_documents).values(**asdict(stored)))
        return True

    def by_sources(self, tenant_id: str, sources: Iterable[str]) -> list[KnowledgeDocument]:
        statement = (
            select(_documents)
            .where(_documents.c.tenant_id == tenant_id, _documents.c.source.in_(sources))
            .order_by(_documents.c.indexed_at.desc())
        )
        return [KnowledgeDocument(**row) for row in self._session.execute(statement).mappings().all()]
