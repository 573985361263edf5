__all__ = ["events", "other"]
