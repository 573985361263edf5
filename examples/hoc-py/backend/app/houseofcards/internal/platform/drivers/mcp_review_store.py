# Layer: L6 — Drivers
# AUDIENCE: INTERNAL
# Role: Operators' review queue for MCP servers that customers asked to connect

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from datetime import datetime, timezone
from typing import Literal, TypeAlias

from sqlalchemy import Column, MetaData, Table, delete, insert, select
from sqlalchemy.orm import Session

Verdict: TypeAlias = Literal["pending", "approved", "rejected"]

_metadata = MetaData()
_reviews = Table(
    "mcp_server_reviews",
    _metadata,
    Column("id", primary_key=True),
    Column("server_url"),
    Column("requested_by"),
    Column("verdict"),
    Column("reviewed_at"),
)


@dataclass(frozen=True)
class McpServerReview:
    id: str
    server_url: str
    requested_by: str
    verdict: Verdict
    reviewed_at: datetime | None


class McpReviewStore:
    def __init__(self, session: Session) -> None:
        self._session = session

    def pending(self) -> list[McpServerReview]:
        statement = select(_reviews).where(_reviews.c.verdict == "pending").order_by(_reviews.c.id)
        return [McpServerReview(**row) for row in self._session.execute(statement).mappings().all()]

    def decide(self, review: McpServerReview, verdict: Literal["approved", "rejected"]) -> McpServerReview:
        decided = replace(review, verdict=verdict, reviewed_at=datetime.now(timezone.utc))
        self._session.execute(delete(_reviews).where(_reviews.c.id == review.id))
        self._session.execute(insert(_reviews).values(**asdict(decided)))
        self._session.commit()
        return decided
