# Layer: L5 — Domain Schema
# AUDIENCE: CUSTOMER
from ..core import config
from .helpers import stamp


class LoopEvent:
    def __init__(self) -> None:
        self.at = stamp()
        self.debug = config.DEBUG


def main() -> None:
    print(LoopEvent().at)
