from ..schemas.loop_events import LoopEvent

__all__ = ["LoopEvent"]
