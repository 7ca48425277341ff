"""The SQLAlchemy engine, with the SQLite settings the durability promises depend on."""

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.pool import ConnectionPoolEntry

from hexie_desktop.storage.audit_data import watch_changes

BUSY_TIMEOUT_MS = 5000
# A city's database is some 60 MB; SQLite's default 2 MB page cache makes a list's joins re-read
# the same pages from the OS. 32 MB per connection keeps the lists' working set in memory.
CACHE_KIB = 32 * 1024


def _configure_sqlite(dbapi_connection: sqlite3.Connection, _record: ConnectionPoolEntry) -> None:
    # WAL lets the GUI read while the single writer works; synchronous=FULL is what makes
    # "merged" mean "survives a power cut"; foreign keys are off by default in SQLite.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
    # The audit's notes of changed rows (storage/audit_data.py) live in a temporary table.
    cursor.execute("PRAGMA temp_store=MEMORY")
    cursor.close()
    # pysqlite would otherwise open transactions on its own terms and commit before DDL; taking
    # over BEGIN gives real transactions, so a migration or a merge is all or nothing.
    dbapi_connection.isolation_level = None


def _begin_sqlite(conn: Any) -> None:
    watch_changes(conn.connection.dbapi_connection)
    conn.exec_driver_sql("BEGIN")


def sqlite_url(database: Path) -> str:
    # Escaped, so that a folder name containing "?", "#" or "%" still names this file.
    return URL.create("sqlite", database=str(database)).render_as_string(hide_password=False)


def make_engine(url: str) -> Engine:
    """An engine for `url`; SQLite gets WAL, a busy timeout, foreign keys and full sync."""
    if not url.startswith("sqlite"):
        return create_engine(url, pool_pre_ping=True)
    engine = create_engine(url, connect_args={"check_same_thread": False})
    engine_any: Any = engine
    event.listen(engine_any, "connect", _configure_sqlite)
    event.listen(engine_any, "begin", _begin_sqlite)
    return engine


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"
