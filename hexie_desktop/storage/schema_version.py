"""Which schema revision a database holds, read cheaply and without changing the file.

Opening an up-to-date database is the common case at every start, so it is answered here with
one query, without loading Alembic; `migrate.py` is loaded only when there is something to do.
"""

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, inspect, text

from hexie_desktop.storage.backup import read_only
from hexie_desktop.storage.engine import is_sqlite

# The newest file in migrations/versions; tests/test_migrations.py keeps the two equal.
HEAD_REVISION = "0010_national_suite"


@dataclass(frozen=True)
class MigrationResult:
    from_revision: str | None
    to_revision: str
    backup: Path | None

    @property
    def changed(self) -> bool:
        return self.from_revision != self.to_revision


def stored_revision(engine: Engine) -> str | None:
    """The schema revision, or None for a database without one (new or foreign).

    A SQLite file is read through a read-only connection: the engine's own connections switch a
    database to WAL, which rewrites its header, and a database about to be refused as too new
    must not be changed by looking at it.
    """
    database = engine.url.database
    if is_sqlite(engine) and database and Path(database).is_file():
        try:
            return _sqlite_file_revision(Path(database))
        except sqlite3.Error:
            # Not readable as SQLite (damaged or foreign): the engine reports that properly.
            return _engine_revision(engine)
    return _engine_revision(engine)


def _sqlite_file_revision(database: Path) -> str | None:
    conn = read_only(database)
    try:
        tables = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
        if ("alembic_version",) not in tables:
            return None
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    finally:
        conn.close()
    return None if row is None else str(row[0])


def _engine_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        value = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    return None if value is None else str(value)
