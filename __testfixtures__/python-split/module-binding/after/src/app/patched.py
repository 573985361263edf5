from unittest import mock

from app.drivers.bridges import run


def fifth() -> str:
    with mock.patch("app.schemas.audit.make_audit"), mock.patch("app.drivers.bridges.run"):
        return run("e")
