__all__ = ["loop_events", "other"]
