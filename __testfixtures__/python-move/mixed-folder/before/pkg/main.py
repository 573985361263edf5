from .shared.tools import shout

GREETING = shout("hello")
