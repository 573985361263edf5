from dataclasses import dataclass, field
from datetime import datetime


@dataclass
class Audit:
    at: datetime
    entries: list[str] = field(default_factory=lambda: [])


def run() -> Audit:
    return Audit(datetime.now())
