from .events import LoopEvent

__all__ = ["LoopEvent"]
