from dataclasses import dataclass
from enum import Enum

__all__ = ["Audit", "Stage"]


class Stage(Enum):
    OPEN = "open"


@dataclass
class Audit:
    id: str
    stage: Stage
