from .bridges import *
