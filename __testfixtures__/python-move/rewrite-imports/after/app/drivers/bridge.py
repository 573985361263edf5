from ..schemas.loop_events import LoopEvent

from .helpers import helper

BRIDGE = (LoopEvent, helper)
