from dataclasses import dataclass
from enum import Enum


class Stage(Enum):
    OPEN = "open"


@dataclass
class Audit:
    id: str
    stage: Stage
