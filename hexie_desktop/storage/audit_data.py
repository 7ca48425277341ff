"""The audit chain's cover of the data: every change of a synced row is sealed into the chain.

Why not one audit event per row: a merge writes hundreds of thousands of rows and an event each
would halve its rate. Instead, on SQLite, temporary triggers (they live in the application's own
connection only, so a change made with another tool is never recorded as if the product made it)
note each changed row's id and its content before the change (the merge notes each batch as a
set instead, `note_rows`, which is cheaper than a trigger per row); when the transaction commits,
`seal_changes` reads the changed rows' new content, and appends one `data.sealed` event that
records, per table, the new running digest and the SHA-256 of a packed list of the changed rows'
content hashes (`AuditSeal`).

A table's digest is the sum modulo 2^256 of the SHA-256 of each live row's canonical content
(SQLite's `json_array` of its columns in table order): order-independent, so the seal updates it
with +h(new) - h(old) without reading the rest of the table, and verification recomputes it from
the live table in one scan. A row edited, added or deleted outside the product changes the live
sum and no event accounts for it.
"""

import hashlib
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, cast

import orjson
from sqlalchemy import Connection, Table, delete, insert
from sqlmodel import Session

from hexie_desktop.storage.audit import append_event
from hexie_desktop.storage.tables import SYNCED_TABLES, AuditDigest, AuditSeal

SEAL_ACTION = "data.sealed"
BASELINE_ACTION = "data.baseline"
TOUCHES = "hexie_audit_touch"
BULK = "hexie_audit_bulk"
MODULUS = 1 << 256
_ID_KEY_BYTES = 16
_HASH_BYTES = 8
_ENTRY_BYTES = _ID_KEY_BYTES + _HASH_BYTES
_ABSENT = bytes(_HASH_BYTES)


def synced_tables() -> tuple[Table, ...]:
    return tuple(t.__table__ for t in SYNCED_TABLES)  # type: ignore[attr-defined]


def content_sql(table: Table, prefix: str = "") -> str:
    """SQL for a row's canonical content: SQLite's JSON array of every column in table order."""
    return "json_array(" + ", ".join(f'{prefix}"{c.name}"' for c in table.columns) + ")"


def row_hash(content: str) -> bytes:
    return hashlib.sha256(content.encode()).digest()


def id_key(row_id: str) -> bytes:
    """16 bytes naming a row: its UUID's own bytes (every synced id is one), else a hash."""
    try:
        key = bytes.fromhex(row_id.replace("-", ""))
    except ValueError:
        key = b""
    return key if len(key) == _ID_KEY_BYTES else hashlib.sha256(row_id.encode()).digest()[:16]


def digest_hex(value: int) -> str:
    return f"{value % MODULUS:064x}"


def is_covered(conn: Connection) -> bool:
    """Whether this database's data is sealed: only SQLite has the per-connection triggers."""
    return conn.dialect.name == "sqlite"


def _trigger_sql(table: Table) -> list[str]:
    name = table.name
    old = content_sql(table, "OLD.")
    note = f"INSERT INTO {TOUCHES} VALUES ('{name}',"
    unless_bulk = f"WHEN NOT EXISTS (SELECT 1 FROM {BULK} WHERE tbl = '{name}')"
    insert, update, delete = (f"hexie_audit_{name}_{op}" for op in ("insert", "update", "delete"))
    # Ids never change: an update is noted by its old id only.
    return [
        f"CREATE TEMP TRIGGER IF NOT EXISTS {insert} AFTER INSERT ON main.{name} "
        f"{unless_bulk} BEGIN {note} NEW.id, NULL); END",
        f"CREATE TEMP TRIGGER IF NOT EXISTS {update} AFTER UPDATE ON main.{name} "
        f"{unless_bulk} BEGIN {note} OLD.id, {old}); END",
        f"CREATE TEMP TRIGGER IF NOT EXISTS {delete} AFTER DELETE ON main.{name} "
        f"BEGIN {note} OLD.id, {old}); END",
    ]


def watch_changes(dbapi: sqlite3.Connection) -> None:
    """Make sure this SQLite connection notes every change of a synced row until it is sealed.

    Called as each transaction begins, before its BEGIN, so the triggers are created outside any
    transaction and outlive a rollback; a schema upgrade that rebuilt a table took that table's
    triggers, so their presence is counted every time. Each change appends the row's id and
    its content before the change (an append costs the least); the seal keeps the first note of
    each row, its content before the transaction, and reads the final content itself.
    """
    tables = synced_tables()
    have = dbapi.execute(
        "SELECT count(*) FROM sqlite_temp_master WHERE type = 'trigger' AND name LIKE 'hexie_audit_%'"
    ).fetchone()
    if have is not None and have[0] == 3 * len(tables):
        return
    present = {
        row[0] for row in dbapi.execute("SELECT name FROM main.sqlite_master WHERE type = 'table'")
    }
    if not all(t.name in present for t in tables):
        return
    dbapi.execute(
        f"CREATE TEMP TABLE IF NOT EXISTS {TOUCHES} (tbl TEXT NOT NULL, id TEXT NOT NULL, old TEXT)"
    )
    dbapi.execute(f"CREATE TEMP TABLE IF NOT EXISTS {BULK} (tbl TEXT PRIMARY KEY)")
    for table in tables:
        for sql in _trigger_sql(table):
            dbapi.execute(sql)


@dataclass
class TableSeal:
    """What one transaction did to one table, ready to be recorded."""

    table: str
    changed: int
    digest: int
    rows: int
    packed: bytes

    def detail(self) -> dict[str, Any]:
        return {
            "changed": self.changed,
            "rows": self.rows,
            "digest": digest_hex(self.digest),
            "seal": hashlib.sha256(self.packed).hexdigest(),
        }


def _watching(dbapi: sqlite3.Connection) -> bool:
    found = dbapi.execute(
        "SELECT count(*) FROM sqlite_temp_master WHERE type = 'table' AND name IN (?, ?)",
        (TOUCHES, BULK),
    ).fetchone()
    return found is not None and found[0] == 2


def _dbapi(conn: Connection) -> sqlite3.Connection:
    raw: Any = conn.connection.dbapi_connection
    return cast(sqlite3.Connection, raw)


def note_rows(conn: Connection, table: Table, ids: list[str]) -> None:
    """Note, in one statement, rows a bulk writer is about to write, with their current content.

    For the merge, which writes hundreds of thousands of rows: per-row triggers would cost it a
    fifth of its rate, so the table's insert and update triggers stand aside until the seal
    (a row in a temporary table they test, not a schema change, which would make SQLite prepare
    every statement again) and the batch is noted as a set instead. A row noted but then not
    written seals as unchanged; deletes are still noted by their trigger.
    """
    if not is_covered(conn) or not ids:
        return
    dbapi = _dbapi(conn)
    dbapi.execute(f"INSERT OR IGNORE INTO temp.{BULK} VALUES (?)", (table.name,))
    dbapi.execute(
        f"INSERT INTO temp.{TOUCHES} SELECT '{table.name}', j.value, "
        f"(SELECT {content_sql(table, 't.')} FROM main.{table.name} t WHERE t.id = j.value) "
        "FROM json_each(?) j",
        (orjson.dumps(ids).decode(),),
    )


def _seal(
    name: str, notes: Iterable[tuple[str, str | None, str | None]], digest: int, rows: int
) -> TableSeal | None:
    """One table's seal from its notes `(id, content before, content now)` in the order noted,
    or None when no row's content changed.

    A bulk write notes tens of thousands of rows, so this is one pass with nothing in it that
    is not needed: the first note of a row holds its content before the transaction.
    """
    first: dict[str, tuple[str, str | None, str | None]] = {}
    for note in notes:
        first.setdefault(note[0], note)
    sha256 = hashlib.sha256
    changed = 0
    packed = bytearray()
    for row_id, old, new in first.values():
        if old == new:
            continue
        changed += 1
        if old is not None:
            digest -= int.from_bytes(sha256(old.encode()).digest())
            rows -= 1
        packed += id_key(row_id)
        if new is None:
            packed += _ABSENT
        else:
            hashed = sha256(new.encode()).digest()
            digest += int.from_bytes(hashed)
            rows += 1
            packed += hashed[:_HASH_BYTES]
    if not changed:
        return None
    return TableSeal(name, changed, digest % MODULUS, rows, bytes(packed))


def pending_seals(conn: Connection) -> list[TableSeal]:
    """The changes noted since the last seal, per table, applied to the table's running digest;
    the notes are cleared. Rows whose content came back unchanged are left out."""
    if not is_covered(conn):
        return []
    dbapi = _dbapi(conn)
    if not _watching(dbapi):
        return []
    names = {name for (name,) in dbapi.execute(f"SELECT DISTINCT tbl FROM temp.{TOUCHES}")}
    if not names:
        return []
    previous = {
        name: (int(digest, 16), rows)
        for name, digest, rows in dbapi.execute("SELECT table_name, digest, rows FROM auditdigest")
    }
    seals = []
    for table in synced_tables():
        if table.name not in names:
            continue
        result = dbapi.execute(
            f"SELECT a.id, a.old, {content_sql(table, 't.')} FROM temp.{TOUCHES} a "
            f"LEFT JOIN main.{table.name} t ON t.id = a.id WHERE a.tbl = ? ORDER BY a.rowid",
            (table.name,),
        )
        seal = _seal(str(table.name), result, *previous.get(table.name, (0, 0)))
        if seal is not None:
            seals.append(seal)
    dbapi.execute(f"DELETE FROM temp.{TOUCHES}")
    dbapi.execute(f"DELETE FROM temp.{BULK}")
    return seals


def live_digests(conn: Connection) -> Iterator[tuple[str, int, int]]:
    """Each synced table's digest and row count, recomputed from every live row."""
    for table in synced_tables():
        digest = 0
        rows = 0
        result = _dbapi(conn).execute(f"SELECT {content_sql(table)} FROM main.{table.name}")
        for (content,) in result:
            digest += int.from_bytes(row_hash(content))
            rows += 1
        yield table.name, digest % MODULUS, rows


def baseline(conn: Connection) -> list[TableSeal]:
    """Seals of every row as it stands: where the cover of a database begins."""
    seals = []
    for table in synced_tables():
        entries = []
        digest = 0
        result = _dbapi(conn).execute(f"SELECT id, {content_sql(table)} FROM main.{table.name}")
        for row_id, content in result:
            hashed = row_hash(content)
            digest += int.from_bytes(hashed)
            entries.append(id_key(row_id) + hashed[:_HASH_BYTES])
        if entries:
            seals.append(
                TableSeal(
                    str(table.name), len(entries), digest % MODULUS, len(entries), b"".join(entries)
                )
            )
    return seals


@dataclass
class Mismatch:
    """Rows of one table that differ from what the chain last sealed, by id where the row lives."""

    edited: list[tuple[str, int]] = field(default_factory=list)
    added: list[str] = field(default_factory=list)
    removed: list[int] = field(default_factory=list)


def unpack(packed: bytes) -> Iterator[tuple[bytes, bytes]]:
    for start in range(0, len(packed), _ENTRY_BYTES):
        entry = packed[start : start + _ENTRY_BYTES]
        yield entry[:_ID_KEY_BYTES], entry[_ID_KEY_BYTES:]


def locate(conn: Connection, table: Table, seals: Iterable[tuple[int, bytes]]) -> Mismatch:
    """Which live rows of `table` differ from the last seal of their id, given the table's seals
    in chain order as `(event seq, packed rows)`; the events' own hashes vouch for the seals."""
    sealed: dict[bytes, tuple[bytes, int]] = {}
    for seq, packed in seals:
        for key, hashed in unpack(packed):
            sealed[key] = (hashed, seq)
    found = Mismatch()
    seen = set()
    result = _dbapi(conn).execute(f"SELECT id, {content_sql(table)} FROM main.{table.name}")
    for row_id, content in result:
        key = id_key(row_id)
        seen.add(key)
        last = sealed.get(key)
        if last is None or last[0] == _ABSENT:
            found.added.append(row_id)
        elif last[0] != row_hash(content)[:_HASH_BYTES]:
            found.edited.append((row_id, last[1]))
    found.removed = sorted(
        seq for key, (hashed, seq) in sealed.items() if hashed != _ABSENT and key not in seen
    )
    return found


def record_seals(session: Session, actor_id: str, seals: list[TableSeal], action: str) -> None:
    """One chain event for the seals, their packed rows, and the running digests they set."""
    if not seals:
        return
    event = append_event(
        session,
        actor_id=actor_id,
        action=action,
        detail={"tables": {s.table: s.detail() for s in seals}},
    )
    # Core statements: a merged bundle commits often enough for the ORM's cost to show.
    session.execute(
        insert(AuditSeal.__table__),  # type: ignore[attr-defined]
        [{"seq": event.seq, "table_name": s.table, "rows": s.packed} for s in seals],
    )
    digests = AuditDigest.__table__  # type: ignore[attr-defined]
    names = [s.table for s in seals]
    session.execute(delete(digests).where(digests.c.table_name.in_(names)))
    session.execute(
        insert(digests),
        [
            {
                "table_name": s.table,
                "digest": digest_hex(s.digest),
                "rows": s.rows,
                "seq": event.seq,
            }
            for s in seals
        ],
    )


def seal_changes(session: Session, actor_id: str) -> None:
    """Seal what this transaction changed in synced tables, just before it commits."""
    session.flush()
    record_seals(session, actor_id, pending_seals(session.connection()), SEAL_ACTION)
