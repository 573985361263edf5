from dataclasses import dataclass

__all__ = ["Audit", "make_audit", "run"]


@dataclass
class Audit:
    id: str


def make_audit(audit_id: str) -> Audit:
    return Audit(audit_id)


def run(audit_id: str) -> str:
    return audit_id
