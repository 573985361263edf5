import app.integrations.events
from app.integrations import events
from app.schemas.loop_events import LoopStage

LOOP = (app.integrations.events.LoopEvent, events.LoopEvent, LoopStage)
