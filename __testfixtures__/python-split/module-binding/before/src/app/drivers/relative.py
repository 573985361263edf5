from . import bridges as br


def third() -> str:
    return br.run(br.make_audit("c").id)
