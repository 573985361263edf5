from . import bridges as br
from ..schemas import audit


def third() -> str:
    return br.run(audit.make_audit("c").id)
