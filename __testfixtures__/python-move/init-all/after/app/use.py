from app.pkg import *
from app.pkg import loop_events as events, other
from app.pkg import loop_events as ev

KINDS = (events.KIND, ev.KIND, other.KIND)
