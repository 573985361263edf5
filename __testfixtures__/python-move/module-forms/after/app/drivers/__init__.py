from ..schemas.loop_events import *

__all__ = ["LoopEvent"]
