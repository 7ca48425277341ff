"""The merge engine: last writer wins per row, in batches, through SQLAlchemy Core.

For each batch the current `(hlc, author_id)` of its ids is fetched in one query and every
decision is taken in Python; the winners are written with one executemany (an INSERT for new rows,
an upsert for replaced ones). The rules:
- A row the database lacks is inserted. A version whose `(hlc, author_id)` is greater replaces
  the current one, and the current one goes to `RecordHistory`. A smaller one changes nothing
  but is kept in `RecordHistory` too (unless already there), so no version is ever lost.
- Equal `(hlc, author_id)` with different content is a conflict: the version whose canonical
  JSON bytes sort last wins (an arbitrary but deterministic choice, the same on every machine
  and in every order) and the other is kept in `RecordHistory` as kind "conflict".
- A losing version by another author than the winner is kind "conflict" (listed for review);
  one by the same author is kind "superseded", and so is a ticket's version that the winner
  only takes further along the 12345 loop (an inspector following up a clerk's ticket). The
  merge's `conflicts` count is the number of versions it added to the conflict list.
- Tombstones are versions like any other, so an older edit never resurrects a deleted row,
  and a newer edit (re-creation) does.
- Attachments with the same content hash are one attachment: the row with the smaller id is
  kept, whichever arrived first.
- A row the database refuses (a unique key taken by another row) is held, not forced.
"""

import datetime as dt
import itertools
import operator
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import orjson
from sqlalchemy import JSON, Boolean, Connection, Table, delete, insert, select, tuple_
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError

from hexie_desktop.storage.server_copy import CopyWriter
from hexie_desktop.storage.tables import HeldRecord, RecordHistory
from hexie_desktop.sync.authority import Authority, ticket_continues
from hexie_desktop.sync.container import Container
from hexie_desktop.sync.errors import MergeCancelledError
from hexie_desktop.sync.jsonl import iter_lines
from hexie_desktop.sync.record_upgrades import upgrader
from hexie_desktop.sync.schema import TableSpec, spec_for

BATCH_SIZE = 5000
MAX_PREVIEW_CHANGES = 5000
MAX_LISTED_TOMBSTONES = 1000
_HISTORY = RecordHistory.__table__  # type: ignore[attr-defined]
_HELD = HeldRecord.__table__  # type: ignore[attr-defined]


def json_form(values: dict[str, Any]) -> dict[str, Any]:
    """The record as it travels in a bundle: dates and times as ISO text, UTC."""
    parsed: dict[str, Any] = orjson.loads(orjson.dumps(values, option=orjson.OPT_NAIVE_UTC))
    return parsed


def _canonical(form: dict[str, Any]) -> bytes:
    return orjson.dumps(form, option=orjson.OPT_SORT_KEYS)


@dataclass
class TableCounts:
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    held: int = 0
    conflicts: int = 0
    deleted: int = 0

    def add(self, other: "TableCounts") -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def as_dict(self) -> dict[str, int]:
        return dict(self.__dict__)


@dataclass(frozen=True)
class RecordChange:
    """One record of a preview: what would happen to it, and which fields would change how."""

    table: str
    row_id: str
    action: str
    fields: dict[str, list[Any]]
    reason: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {
            "table": self.table,
            "id": self.row_id,
            "action": self.action,
            "fields": self.fields,
            "reason": self.reason,
        }


@dataclass
class MergeOutcome:
    tables: dict[str, TableCounts] = field(default_factory=dict)
    changes: list[RecordChange] = field(default_factory=list)
    changes_omitted: int = 0
    max_hlc: int = 0
    earliest_stamp: int = 0
    latest_stamp: int = 0
    tombstones: list[list[str]] = field(default_factory=list)
    inspected: set[tuple[str, str]] = field(default_factory=set)

    def saw(self, stamps: Sequence[int]) -> None:
        """Widen the range of stamps the bundle carried (applied or not), for the clock report."""
        low, high = min(stamps), max(stamps)
        self.earliest_stamp = min(self.earliest_stamp, low) if self.earliest_stamp else low
        self.latest_stamp = max(self.latest_stamp, high)

    def totals(self) -> TableCounts:
        total = TableCounts()
        for counts in self.tables.values():
            total.add(counts)
        return total


@dataclass(slots=True)
class _Write:
    values: dict[str, Any]
    action: str
    old: dict[str, Any] | None = None
    old_kind: str = "superseded"


def _is_insert(write: _Write) -> bool:
    return write.action == "insert"


def _diff(old: dict[str, Any] | None, new: dict[str, Any]) -> dict[str, list[Any]]:
    if old is None:
        return {}
    return {k: [old.get(k), v] for k, v in new.items() if old.get(k) != v}


def _kind(
    spec: TableSpec, loser: dict[str, Any], winner: dict[str, Any] | None, winner_author: str
) -> str:
    """How a losing version is kept: "superseded" when the winner follows on from it (its own
    author's later edit, or an ordinary step on a ticket), else "conflict", for a clerk to see."""
    if loser["author_id"] == winner_author:
        return "superseded"
    if spec.name == "complaint" and winner is not None and ticket_continues(loser, winner):
        return "superseded"
    return "conflict"


def _json_text(value: Any) -> str:
    return orjson.dumps(value).decode()


class RowWriter:
    """One table's writes: new rows by plain INSERT, replacing versions by an upsert on the id key.

    The merge has just read, inside this transaction, which of the ids the database holds, so a
    row it decided to insert meets no id conflict; on SQLite an upsert costs more than twice what
    a plain INSERT does even then. On SQLite both statements go straight to the driver with the
    values already converted by each column's own bind processor (JSON by orjson), because
    SQLAlchemy's per-row parameter processing costs more than SQLite's own work on a bulk write.
    PostgreSQL gets COPY (`storage/server_copy.py`); other databases the upsert, for every row,
    through SQLAlchemy Core.
    """

    def __init__(self, conn: Connection, spec: TableSpec) -> None:
        self.conn = conn
        dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
        stmt = dialect.insert(spec.table)
        self.statement = stmt.on_conflict_do_update(
            index_elements=[spec.table.c.id],
            set_={c.name: stmt.excluded[c.name] for c in spec.table.columns if c.name != "id"},
        )
        self.upsert_sql: str | None = None
        self.insert_sql = ""
        self.pick = operator.itemgetter(*spec.columns)
        self.processors: list[tuple[int, Callable[[Any], Any]]] = []
        self.copier = CopyWriter(spec.table, spec.columns) if dialect is postgresql else None
        if conn.dialect.name == "sqlite":
            self.upsert_sql = str(self.statement.compile(dialect=conn.dialect))
            self.insert_sql = str(stmt.compile(dialect=conn.dialect))
            for index, column in enumerate(spec.table.columns):
                # sqlite3 stores bool as 0/1 itself; dates and times need the column's own
                # conversion so they read back as the ORM writes them. JSON is written by orjson
                # (compact, UTF-8): the same value as the ORM's text, several times faster.
                processor = (
                    _json_text
                    if isinstance(column.type, JSON)
                    else column.type.dialect_impl(conn.dialect).bind_processor(conn.dialect)
                )
                if processor is not None and not isinstance(column.type, Boolean):
                    self.processors.append((index, processor))

    def execute(self, rows: list[dict[str, Any]], *, fresh: bool) -> None:
        """Write `rows`; `fresh` says none of their ids is in the database."""
        if self.copier is not None:
            self.copier.write(self.conn, [self.pick(row) for row in rows], fresh=fresh)
            return
        if self.upsert_sql is None:
            self.conn.execute(self.statement, rows)
            return
        sql = self.insert_sql if fresh else self.upsert_sql
        if not self.processors:
            self.conn.exec_driver_sql(sql, [self.pick(row) for row in rows])
            return
        params = []
        for row in rows:
            values = list(self.pick(row))
            for index, processor in self.processors:
                value = values[index]
                if value is not None:
                    values[index] = processor(value)
            params.append(tuple(values))
        self.conn.exec_driver_sql(sql, params)


class Merger:
    """Merges one bundle's records into the database on `conn`, inside the caller's transaction."""

    def __init__(
        self,
        conn: Connection,
        bundle_id: str,
        authority: Authority,
        *,
        preview: bool,
        advance: Callable[[int], None],
        cancel: Callable[[], bool] | None,
        note_rows: Callable[[Connection, Table, list[str]], None] | None = None,
    ) -> None:
        self.conn = conn
        # The audit's hook: told the ids of each batch just before they are written.
        self.note_rows = note_rows
        self.bundle_id = bundle_id
        self.authority = authority
        self.preview = preview
        self.advance = advance
        self.cancel = cancel
        self.outcome = MergeOutcome()
        self.now = dt.datetime.now(dt.UTC)

    def merge_container(
        self, container: Container, kept: dict[str, list[dict[str, Any]]] | None
    ) -> MergeOutcome:
        """Second pass over a verified container: each table's records into the database.

        `kept` holds the records verification already validated, for a small bundle; a large one
        is streamed from the container again.
        """
        for member in container.manifest.members:
            if member.table is None:
                continue
            spec = spec_for(member.table)
            if kept is not None:
                self.merge_table(spec, kept[member.table])
                continue
            lines = iter_lines(container.stream(member), member.name)
            records = (orjson.loads(line) for _n, line in lines)
            upgrade = upgrader(container.manifest.schema_version)
            if upgrade is not None:
                records = (upgrade(member.table, record) for record in records)
            self.merge_table(spec, (spec.convert(record) for record in records))
        return self.outcome

    def merge_table(self, spec: TableSpec, records: Iterable[dict[str, Any]]) -> None:
        writer = RowWriter(self.conn, spec)
        batch: list[dict[str, Any]] = []
        for values in records:
            batch.append(values)
            if len(batch) >= BATCH_SIZE:
                self._batch(spec, writer, batch)
                batch = []
        if batch:
            self._batch(spec, writer, batch)

    def _counts(self, table: str) -> TableCounts:
        return self.outcome.tables.setdefault(table, TableCounts())

    def _note(self, change: RecordChange) -> None:
        if not self.preview:
            return
        if len(self.outcome.changes) < MAX_PREVIEW_CHANGES:
            self.outcome.changes.append(change)
        else:
            self.outcome.changes_omitted += 1

    def _current(self, spec: TableSpec, ids: list[str]) -> dict[str, tuple[int, str]]:
        """The `(hlc, author_id)` of those ids the database has, in one query.

        The ids travel as one value (a JSON array for SQLite's `json_each`, an array parameter
        on PostgreSQL) rather than thousands of bound parameters, which SQLAlchemy would otherwise
        render one by one for every batch.
        """
        table = spec.table
        if self.conn.dialect.name == "sqlite":
            sql = f"SELECT id, hlc, author_id FROM {table.name} WHERE id IN (SELECT value FROM json_each(?))"
            rows = self.conn.exec_driver_sql(sql, (orjson.dumps(ids).decode(),))
        elif self.conn.dialect.name == "postgresql":
            sql = f"SELECT id, hlc, author_id FROM {table.name} WHERE id = ANY(%s)"
            rows = self.conn.exec_driver_sql(sql, (ids,))
        else:
            rows = self.conn.execute(
                select(table.c.id, table.c.hlc, table.c.author_id).where(table.c.id.in_(ids))
            )
        return {row[0]: (row[1], row[2]) for row in rows}

    def _full_rows(self, spec: TableSpec, ids: list[str]) -> dict[str, dict[str, Any]]:
        if not ids:
            return {}
        rows = self.conn.execute(select(spec.table).where(spec.table.c.id.in_(ids))).mappings()
        return {row["id"]: json_form(dict(row)) for row in rows}

    def _batch(self, spec: TableSpec, writer: RowWriter, batch: list[dict[str, Any]]) -> None:
        counts = self._counts(spec.name)
        self.outcome.saw([v["hlc"] for v in batch])
        current = self._current(spec, [v["id"] for v in batch])
        # The ownership rules and the ticket rule of `_kind` judge a record against the version
        # held here, so those tables read every stored row the batch names; others only the rows
        # an incoming version may replace.
        whole = self.authority.judges_ownership(spec) or spec.name == "complaint"
        existing = self._full_rows(
            spec, [v["id"] for v in batch if v["id"] in current] if whole else []
        )
        self.authority.prepare(self.conn, spec, batch, existing)
        held: list[tuple[dict[str, Any], str]] = []
        keep = []
        for values in batch:
            reason = self.authority.hold_reason(self.conn, spec, values, existing.get(values["id"]))
            if reason:
                held.append((values, reason))
            else:
                keep.append(values)
        writes: list[_Write] = []
        if not whole:
            contested = [
                v["id"]
                for v in keep
                if v["id"] in current and (v["hlc"], v["author_id"]) >= current[v["id"]]
            ]
            existing = self._full_rows(spec, contested)
        losers: list[tuple[dict[str, Any], str]] = []
        for values in keep:
            mine = current.get(values["id"])
            if mine is None:
                writes.append(_Write(values, "insert"))
                continue
            key = (values["hlc"], values["author_id"])
            if key < mine:
                form = json_form(values)
                losers.append((form, _kind(spec, form, existing.get(values["id"]), mine[1])))
                counts.unchanged += 1
            elif key > mine:
                old = existing[values["id"]]
                kind = _kind(spec, old, json_form(values), values["author_id"])
                writes.append(_Write(values, "update", old, kind))
            else:
                self._tie(
                    spec,
                    values,
                    existing[values["id"]],
                    writes=writes,
                    losers=losers,
                    counts=counts,
                )
        if spec.name == "attachment":
            writes = self._dedupe_attachments(spec, writes, counts)
        if self.note_rows is not None:
            self.note_rows(self.conn, spec.table, [w.values["id"] for w in writes])
        written = self._write(writer, writes, held)
        self._apply_counts(spec, written, counts)
        history = [(w.old, w.old_kind) for w in written if w.old is not None]
        counts.conflicts += self._history(spec, history, losers)
        self._hold(spec, held, counts, current)
        self.advance(len(batch))
        if self.cancel is not None and self.cancel():
            raise MergeCancelledError()

    def _tie(
        self,
        spec: TableSpec,
        values: dict[str, Any],
        old: dict[str, Any],
        *,
        writes: list[_Write],
        losers: list[tuple[dict[str, Any], str]],
        counts: TableCounts,
    ) -> None:
        new = json_form(values)
        if new == old:
            counts.unchanged += 1
            return
        if _canonical(new) > _canonical(old):
            writes.append(_Write(values, "update", old, "conflict"))
        else:
            losers.append((new, "conflict"))
            counts.unchanged += 1
            self._note(
                RecordChange(
                    spec.name,
                    values["id"],
                    "conflict",
                    _diff(old, new),
                    "同一时间戳的不同版本：保留现有版本",
                )
            )

    def _dedupe_attachments(
        self, spec: TableSpec, writes: list[_Write], counts: TableCounts
    ) -> list[_Write]:
        table = spec.table
        fresh = [w for w in writes if w.action == "insert"]
        if not fresh:
            return writes
        query = select(table).where(table.c.sha256.in_([w.values["sha256"] for w in fresh]))
        by_hash = {
            row["sha256"]: json_form(dict(row)) for row in self.conn.execute(query).mappings()
        }
        kept = []
        for write in writes:
            other = by_hash.get(write.values["sha256"]) if write.action == "insert" else None
            if other is None or other["id"] == write.values["id"]:
                kept.append(write)
            elif write.values["id"] < other["id"]:
                self.conn.execute(delete(table).where(table.c.id == other["id"]))
                self._history(spec, [(other, "superseded")], [])
                kept.append(write)
            else:
                counts.unchanged += 1
        return kept

    def _write(
        self, writer: RowWriter, writes: list[_Write], held: list[tuple[dict[str, Any], str]]
    ) -> list[_Write]:
        """Write in the batch's order; if the database refuses a row, redo them one by one and
        hold the refused ones."""
        if not writes:
            return []
        try:
            with self.conn.begin_nested():
                for fresh, run in itertools.groupby(writes, key=_is_insert):
                    writer.execute([w.values for w in run], fresh=fresh)
            return writes
        except IntegrityError:
            pass
        written = []
        for write in writes:
            try:
                with self.conn.begin_nested():
                    writer.execute([write.values], fresh=_is_insert(write))
                written.append(write)
            except IntegrityError as exc:
                held.append(
                    (
                        write.values,
                        f"与本机已有记录冲突（违反唯一或完整性约束）：{str(exc.orig)[:200]}",
                    )
                )
        return written

    def _apply_counts(self, spec: TableSpec, written: list[_Write], counts: TableCounts) -> None:
        for write in written:
            values = write.values
            if write.action == "insert":
                counts.inserted += 1
            else:
                counts.updated += 1
            self.outcome.max_hlc = max(self.outcome.max_hlc, values["hlc"])
            if values["deleted"]:
                counts.deleted += 1
                if len(self.outcome.tombstones) < MAX_LISTED_TOMBSTONES:
                    self.outcome.tombstones.append([spec.name, values["id"]])
            elif spec.name == "inspection":
                self.outcome.inspected.add((values["compound_id"], values["quarter"]))
            if self.preview:
                new = json_form(values)
                self._note(
                    RecordChange(
                        spec.name,
                        values["id"],
                        write.action,
                        _diff(write.old, new) if write.old else {},
                    )
                )

    def _history(
        self,
        spec: TableSpec,
        replaced: Sequence[tuple[dict[str, Any] | None, str]],
        losers: list[tuple[dict[str, Any], str]],
    ) -> int:
        """Keep the losing versions (those not kept already); returns how many are conflicts."""
        if losers:
            keys = [(form["id"], form["hlc"], form["author_id"]) for form, _kind in losers]
            query = select(
                _HISTORY.c.row_id, _HISTORY.c.hlc, _HISTORY.c.author_id, _HISTORY.c.payload
            ).where(
                _HISTORY.c.table_name == spec.name,
                tuple_(_HISTORY.c.row_id, _HISTORY.c.hlc, _HISTORY.c.author_id).in_(keys),
            )
            known = {
                (row[0], row[1], row[2], _canonical(row[3])) for row in self.conn.execute(query)
            }
            losers = [
                (form, kind)
                for form, kind in losers
                if (form["id"], form["hlc"], form["author_id"], _canonical(form)) not in known
            ]
        rows = [
            {
                "table_name": spec.name,
                "row_id": form["id"],
                "hlc": form["hlc"],
                "author_id": form["author_id"],
                "payload": form,
                "kind": kind,
                "bundle_id": self.bundle_id,
                "recorded_at": self.now,
                "reviewed": False,
            }
            for form, kind in [*replaced, *losers]
            if form is not None
        ]
        if rows:
            self.conn.execute(insert(_HISTORY), rows)
        return sum(1 for row in rows if row["kind"] == "conflict")

    def _hold(
        self,
        spec: TableSpec,
        held: list[tuple[dict[str, Any], str]],
        counts: TableCounts,
        current: dict[str, Any],
    ) -> None:
        """Queue records for a clerk; a held row the database lacks also holds the rows citing it."""
        if not held:
            return
        counts.held += len(held)
        rows = []
        for values, reason in held:
            if values["id"] not in current:
                self.authority.mark_held(spec.name, values["id"])
            rows.append(
                {
                    "bundle_id": self.bundle_id,
                    "table_name": spec.name,
                    "row_id": values["id"],
                    "payload": json_form(values),
                    "reason": reason[:500],
                    "held_at": self.now,
                    "decision": "pending",
                    "decided_by": "",
                    "decision_reason": "",
                }
            )
            self._note(RecordChange(spec.name, values["id"], "held", {}, reason))
        self.conn.execute(insert(_HELD), rows)
