# Role: The errors of the sqlalchemy stand-in, where SQLAlchemy keeps them (sqlalchemy.exc)

from __future__ import annotations


class SQLAlchemyError(Exception):
    """Base of every error the stand-in raises."""


class IntegrityError(SQLAlchemyError):
    """A statement broke a constraint, e.g. a second row with the same primary key."""

    def __init__(self, statement: str, code: str) -> None:
        super().__init__(f"{code}: {statement}")
        self.statement = statement
        self.code = code
