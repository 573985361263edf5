"""Audit schemas."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..drivers.bridges import Audit


@dataclass
class Entry:
    id: str
    audit: Audit | None = None
