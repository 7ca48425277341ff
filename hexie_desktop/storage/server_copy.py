"""Writing a merge's rows into a PostgreSQL server with COPY, the server's bulk path.

An upsert sent row by row (even pipelined) costs the server a statement per row and the client
SQLAlchemy's per-row parameter processing; COPY streams the batch as one statement. New rows
(none of whose ids is in the table: the merge has just read that, inside its transaction) are
copied straight into the table; replacing versions go through a temporary table and one
INSERT … ON CONFLICT DO UPDATE. Values are stored as SQLAlchemy's types store them: JSON as
`json.dumps` text (what the ORM writes), everything else as the driver adapts it.
"""

import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import JSON, Connection, Table
from sqlalchemy.exc import IntegrityError

_STAGING = "hexie_incoming"
# SQLSTATE class 23: a row broke a constraint (unique, foreign key, check, not null).
_INTEGRITY_CLASS = "23"


def _quoted(names: Iterable[str]) -> str:
    return ", ".join(f'"{name}"' for name in names)


class CopyWriter:
    """One table's COPY writes, the rows given as tuples in the order of `names`."""

    def __init__(self, table: Table, names: tuple[str, ...]) -> None:
        self.table = table
        self.names = names
        self.json_columns = [
            index for index, name in enumerate(names) if isinstance(table.c[name].type, JSON)
        ]
        columns = _quoted(names)
        self.copy_into = f'COPY "{table.name}" ({columns}) FROM STDIN'
        self.copy_staged = f"COPY {_STAGING} ({columns}) FROM STDIN"
        updates = ", ".join(f'"{name}" = excluded."{name}"' for name in names if name != "id")
        self.upsert = (
            f'INSERT INTO "{table.name}" ({columns}) SELECT {columns} FROM {_STAGING} '
            f"ON CONFLICT (id) DO UPDATE SET {updates}"
        )

    def write(self, conn: Connection, rows: list[tuple[Any, ...]], *, fresh: bool) -> None:
        """Write `rows` inside `conn`'s transaction; a broken constraint raises IntegrityError,
        as a Core statement would, so the caller can redo the batch row by row."""
        raw = conn.connection.dbapi_connection
        assert raw is not None
        cursor = raw.cursor()
        try:
            if fresh:
                self._copy(cursor, self.copy_into, rows)
                return
            cursor.execute(
                f'CREATE TEMP TABLE {_STAGING} (LIKE "{self.table.name}") ON COMMIT DROP'
            )
            self._copy(cursor, self.copy_staged, rows)
            cursor.execute(self.upsert)
            cursor.execute(f"DROP TABLE {_STAGING}")
        except Exception as error:
            if str(getattr(error, "sqlstate", "") or "").startswith(_INTEGRITY_CLASS):
                raise IntegrityError(self.copy_into, None, error) from error
            raise
        finally:
            cursor.close()

    def _copy(self, cursor: Any, sql: str, rows: list[tuple[Any, ...]]) -> None:
        with cursor.copy(sql) as copy:
            if not self.json_columns:
                for row in rows:
                    copy.write_row(row)
                return
            for row in rows:
                values = list(row)
                for index in self.json_columns:
                    if values[index] is not None:
                        values[index] = json.dumps(values[index])
                copy.write_row(values)
