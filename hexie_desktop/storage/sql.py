"""SQL the database layer needs beyond what SQLAlchemy writes by itself."""

from typing import Any

from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.visitors import InternalTraversal


class Unindexed(ColumnElement[Any]):
    """A sort key SQLite must not satisfy by walking an index in order.

    For a filtered list SQLite likes to walk an index in the sort order and join every row from
    there, which is three to four times slower than scanning the table, keeping the few matches
    and sorting them. A unary plus (a no-op on any SQLite value) hides the index from the
    planner, so every term of the ORDER BY must carry it; other databases get the plain key.
    """

    inherit_cache = True
    _traverse_internals = [("inner", InternalTraversal.dp_clauseelement)]

    def __init__(self, key: ColumnElement[Any]) -> None:
        self.inner = key
        self.type = key.type


@compiles(Unindexed)
def _plain_key(element: Unindexed, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(element.inner, **kw)


@compiles(Unindexed, "sqlite")
def _plus_key(element: Unindexed, compiler: SQLCompiler, **kw: Any) -> str:
    return "+" + compiler.process(element.inner, **kw)
