from dataclasses import dataclass
from enum import Enum

__all__ = ["Audit", "Stage", "run"]


class Stage(Enum):
    OPEN = "open"


@dataclass
class Audit:
    id: str
    stage: Stage


def run(audit_id: str) -> str:
    return audit_id
