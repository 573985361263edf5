"""A stand-in for sqlalchemy: just enough for the fixtures to import and type-check."""

from typing import Any


class MetaData:
    pass


class Column:
    def __init__(self, name: str, primary_key: bool = False) -> None:
        self.name = name


class Table:
    def __init__(self, name: str, metadata: MetaData, *columns: Column) -> None:
        self.name = name
        self.c: Any = None


def insert(table: Table | str) -> Any:
    return table


def select(table: Table | str) -> Any:
    return table
