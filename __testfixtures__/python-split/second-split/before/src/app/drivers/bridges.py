from dataclasses import dataclass


@dataclass
class Audit:
    id: str


@dataclass
class Entry:
    audit: Audit


def run(audit_id: str) -> Entry:
    return Entry(Audit(audit_id))
