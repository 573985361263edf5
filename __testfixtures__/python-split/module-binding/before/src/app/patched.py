from unittest import mock

from app.drivers.bridges import run


def fifth() -> str:
    with mock.patch("app.drivers.bridges.make_audit"), mock.patch("app.drivers.bridges.run"):
        return run("e")
