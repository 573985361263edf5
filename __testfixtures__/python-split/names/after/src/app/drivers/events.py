from typing import Literal

Stage = Literal["open", "closed"]
