from .bridges import *
from ..schemas.audit import *
