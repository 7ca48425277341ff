"""The advisory lock that makes a PostgreSQL server's writers take turns, as SQLite's do.

One key for the whole database: the bureau's writes are short next to the time clerks spend
reading, and one writer at a time keeps every rule the merge, finalising, the hybrid clock and
the audit chain rely on exactly as they are on a laptop (`storage/engine.py` takes it at the
start of every writing transaction; `storage/audit.py` before every append, whatever the path).
"""

from sqlalchemy import Connection, text

# "hexie" as the lock's 64-bit key: no other program on the bureau's server uses it.
WRITER_LOCK = 0x686578696500


def hold_writer_lock(conn: Connection) -> None:
    """Wait for the writer lock until this transaction ends; a no-op on SQLite (see engine)."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITER_LOCK})
