# Role: In-memory stand-in for the slice of the SQLAlchemy Core API this example uses
# Note: not the real package; pyrightconfig.json and PYTHONPATH put backend/vendor on the import path

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Iterable

Row = dict[str, Any]


@dataclass(frozen=True)
class Condition:
    """A test one row either passes or fails, e.g. `table.c.tenant_id == "t1"`."""

    column: str
    test: Callable[[Any], bool]

    def matches(self, row: Row) -> bool:
        return self.test(row.get(self.column))


@dataclass(frozen=True)
class Ordering:
    column: str
    descending: bool


class Column:
    """A named column; comparing it builds a Condition instead of a bool, as in SQLAlchemy."""

    def __init__(self, name: str, *, primary_key: bool = False) -> None:
        self.name = name
        self.primary_key = primary_key

    def __eq__(self, other: object) -> Condition:  # pyright: ignore[reportIncompatibleMethodOverride]
        return Condition(self.name, lambda value: value == other)

    def __ge__(self, other: Any) -> Condition:
        return Condition(self.name, lambda value: value is not None and value >= other)

    def __hash__(self) -> int:
        return hash(self.name)

    def in_(self, values: Iterable[Any]) -> Condition:
        allowed = list(values)
        return Condition(self.name, lambda value: value in allowed)

    def asc(self) -> Ordering:
        return Ordering(self.name, descending=False)

    def desc(self) -> Ordering:
        return Ordering(self.name, descending=True)


class ColumnCollection:
    """`table.c`: the table's columns by attribute name."""

    def __init__(self, columns: Iterable[Column]) -> None:
        self._columns = {column.name: column for column in columns}

    def __getattr__(self, name: str) -> Column:
        try:
            return self._columns[name]
        except KeyError:
            raise AttributeError(f"no column {name!r}") from None

    def names(self) -> list[str]:
        return list(self._columns)


class MetaData:
    """The tables an application declares, by name."""

    def __init__(self) -> None:
        self.tables: dict[str, Table] = {}


class Table:
    def __init__(self, name: str, metadata: MetaData, *columns: Column) -> None:
        self.name = name
        self.c = ColumnCollection(columns)
        self.primary_key = [column.name for column in columns if column.primary_key]
        metadata.tables[name] = self


class Select:
    def __init__(self, table: Table) -> None:
        self.table = table
        self.conditions: list[Condition] = []
        self.orderings: list[Ordering] = []

    def where(self, *conditions: Condition) -> Select:
        self.conditions.extend(conditions)
        return self

    def order_by(self, *orderings: Column | Ordering) -> Select:
        for ordering in orderings:
            self.orderings.append(ordering.asc() if isinstance(ordering, Column) else ordering)
        return self


class Insert:
    def __init__(self, table: Table) -> None:
        self.table = table
        self.row: Row = {}

    def values(self, **row: Any) -> Insert:
        self.row = dict(row)
        return self


class Delete:
    def __init__(self, table: Table) -> None:
        self.table = table
        self.conditions: list[Condition] = []

    def where(self, *conditions: Condition) -> Delete:
        self.conditions.extend(conditions)
        return self


Statement = Select | Insert | Delete


def select(table: Table) -> Select:
    return Select(table)


def insert(table: Table) -> Insert:
    return Insert(table)


def delete(table: Table) -> Delete:
    return Delete(table)


@dataclass
class Engine:
    """Where the rows live: one list of rows per table name."""

    url: str
    tables: dict[str, list[Row]] = field(default_factory=lambda: {})


def create_engine(url: str) -> Engine:
    return Engine(url)


__all__ = [
    "Column",
    "ColumnCollection",
    "Condition",
    "Delete",
    "Engine",
    "Insert",
    "MetaData",
    "Ordering",
    "Row",
    "Select",
    "Statement",
    "Table",
    "create_engine",
    "delete",
    "insert",
    "select",
]
