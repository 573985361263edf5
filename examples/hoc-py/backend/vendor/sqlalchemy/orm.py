# Role: Session of the sqlalchemy stand-in: runs statements against its engine's in-memory tables

from __future__ import annotations

from functools import cmp_to_key
from typing import Any

from . import Delete, Engine, Insert, Ordering, Row, Select, Statement
from .exc import IntegrityError


class MappingResult:
    def __init__(self, rows: list[Row]) -> None:
        self._rows = rows

    def all(self) -> list[Row]:
        return list(self._rows)

    def first(self) -> Row | None:
        return self._rows[0] if self._rows else None


class Result:
    """Rows a statement returned (copies), and how many rows it touched."""

    def __init__(self, rows: list[Row], rowcount: int) -> None:
        self._rows = rows
        self.rowcount = rowcount

    def mappings(self) -> MappingResult:
        return MappingResult(self._rows)


def _compare(a: Any, b: Any) -> int:
    return -1 if a < b else 1 if a > b else 0


def _sorted(rows: list[Row], orderings: list[Ordering]) -> list[Row]:
    # Sort by the last key first: Python's sort is stable, so earlier keys end up dominant.
    for ordering in reversed(orderings):
        sign = -1 if ordering.descending else 1
        rows.sort(key=cmp_to_key(lambda a, b: sign * _compare(a[ordering.column], b[ordering.column])))
    return rows


class Session:
    """A unit of work on an engine; statements apply at once, commit only counts them."""

    def __init__(self, bind: Engine) -> None:
        self.bind = bind
        self.commits = 0

    def execute(self, statement: Statement) -> Result:
        rows = self.bind.tables.setdefault(statement.table.name, [])
        if isinstance(statement, Select):
            found = [dict(row) for row in rows if all(c.matches(row) for c in statement.conditions)]
            return Result(_sorted(found, statement.orderings), len(found))
        if isinstance(statement, Insert):
            return self._insert(rows, statement)
        return self._delete(rows, statement)

    def commit(self) -> None:
        self.commits += 1

    def _insert(self, rows: list[Row], statement: Insert) -> Result:
        key = statement.table.primary_key
        if any(all(row[k] == statement.row[k] for k in key) for row in rows):
            raise IntegrityError(f"INSERT INTO {statement.table.name}", "unique_violation")
        rows.append(dict(statement.row))
        return Result([], 1)

    def _delete(self, rows: list[Row], statement: Delete) -> Result:
        kept = [row for row in rows if not all(c.matches(row) for c in statement.conditions)]
        removed = len(rows) - len(kept)
        rows[:] = kept
        return Result([], removed)
