class LoopEvent:
    legacy = True
