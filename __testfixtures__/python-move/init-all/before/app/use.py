from app.pkg import *
from app.pkg import events, other
from app.pkg import events as ev

KINDS = (events.KIND, ev.KIND, other.KIND)
