import importlib
from unittest import mock

import app.schemas.loop_events
import app.schemas.loop_events as ev
from app.schemas import loop_events as events
from app.drivers import helpers
from app.schemas import loop_events as evmod
from app.schemas.loop_events import (
    LoopEvent,  # the event
)

from ..schemas.loop_events import LoopEvent as E2

NAME = "app.drivers.events"


def make() -> list[object]:
    # app.drivers.events in a comment stays
    return [app.schemas.loop_events.LoopEvent(), ev.LoopEvent(), events.LoopEvent(), evmod.LoopEvent(), LoopEvent, E2, helpers.stamp()]


def patched() -> object:
    with mock.patch("app.schemas.loop_events.LoopEvent"):
        return importlib.import_module("app.schemas.loop_events")
