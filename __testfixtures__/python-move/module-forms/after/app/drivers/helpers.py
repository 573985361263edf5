def stamp() -> str:
    return "now"
