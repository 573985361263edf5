from typing import Literal

LoopStage = Literal["start", "end"]


class LoopEvent:
    legacy = False
