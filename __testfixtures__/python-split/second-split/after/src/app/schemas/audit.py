from dataclasses import dataclass


@dataclass
class Audit:
    id: str


@dataclass
class Entry:
    audit: Audit
