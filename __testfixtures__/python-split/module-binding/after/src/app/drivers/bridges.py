__all__ = ["run"]


def run(audit_id: str) -> str:
    return audit_id
