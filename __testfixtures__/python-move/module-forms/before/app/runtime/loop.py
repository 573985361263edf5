import importlib
from unittest import mock

import app.drivers.events
import app.drivers.events as ev
from app.drivers import events
from app.drivers import events as evmod, helpers
from app.drivers.events import (
    LoopEvent,  # the event
)

from ..drivers.events import LoopEvent as E2

NAME = "app.drivers.events"


def make() -> list[object]:
    # app.drivers.events in a comment stays
    return [app.drivers.events.LoopEvent(), ev.LoopEvent(), events.LoopEvent(), evmod.LoopEvent(), LoopEvent, E2, helpers.stamp()]


def patched() -> object:
    with mock.patch("app.drivers.events.LoopEvent"):
        return importlib.import_module("app.drivers.events")
