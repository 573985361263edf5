from app.integrations.events import LoopEvent

from .helpers import helper

BRIDGE = (LoopEvent, helper)
