import app.schemas.loop_events
from app.schemas import loop_events as events
from app.schemas.loop_events import LoopStage

LOOP = (app.schemas.loop_events.LoopEvent, events.LoopEvent, LoopStage)
