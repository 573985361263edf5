from .events import *

__all__ = ["LoopEvent"]
