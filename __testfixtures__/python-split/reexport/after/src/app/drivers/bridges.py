from ..schemas.audit import Stage, Audit

__all__ = ["Audit", "Stage", "run"]


def run(audit_id: str) -> str:
    return audit_id
