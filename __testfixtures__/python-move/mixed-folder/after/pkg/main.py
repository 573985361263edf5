from .common.tools import shout

GREETING = shout("hello")
