"""Audit schemas."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass
class Entry:
    id: str
    audit: Audit | None = None


@dataclass
class Audit:
    at: datetime
    entries: list[str] = field(default_factory=lambda: [])
