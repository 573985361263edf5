from ..schemas.audit import Audit, Entry


def run(audit_id: str) -> Entry:
    return Entry(Audit(audit_id))
