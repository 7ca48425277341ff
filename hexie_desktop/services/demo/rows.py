"""Writing demo rows fast: reproducible ids and clock stamps, batched Core inserts, progress, cancel."""

import datetime as dt
import random
from collections.abc import Iterable
from typing import Any, Protocol

from sqlalchemy import insert
from sqlmodel import Session

from hexie_desktop.domain.clock import HybridClock, pack
from hexie_desktop.domain.errors import UserError
from hexie_desktop.domain.ids import uuid7
from hexie_desktop.progress import Cancel, Progress
from hexie_desktop.storage.direct_insert import DirectInsert
from hexie_desktop.storage.tables import SYNCED_TABLES, Synced

Row = dict[str, Any]

BATCH_ROWS = 20_000
_PARENTS_FIRST = {table: position for position, table in enumerate(SYNCED_TABLES)}


class Stamper(Protocol):
    def new_id(self) -> str: ...

    def stamp(self, author_id: str) -> Row:
        """The sync columns of a new row: id, author, clock stamp, not deleted."""
        ...


class SeededStamper:
    """Ids and stamps that depend on the seed alone, so the same seed gives the same rows anywhere.

    Stamps count up from a fixed instant one by one (the counter carries into the milliseconds),
    and each id takes one millisecond more than the last, so ids too are in insertion order.
    """

    def __init__(self, seed: int, epoch_ms: int) -> None:
        self.rng = random.Random(f"{seed}:ids")
        self.epoch_ms = epoch_ms
        self.last_hlc = pack(epoch_ms, 0)
        self._serial = 0

    def new_id(self) -> str:
        self._serial += 1
        return uuid7(unix_ms=self.epoch_ms + self._serial, rng=self.rng)

    def stamp(self, author_id: str) -> Row:
        self.last_hlc += 1
        return {"id": self.new_id(), "author_id": author_id, "hlc": self.last_hlc, "deleted": False}

    def clock(self) -> HybridClock:
        """A clock that continues this stamper's count, for code that stamps through an Author."""
        return HybridClock(last=self.last_hlc, wall_ms=lambda: self.epoch_ms)

    def follow(self, clock: HybridClock) -> None:
        self.last_hlc = max(self.last_hlc, clock.last)


class LiveStamper:
    """Stamps from this installation's own clock, for work it does now (simulated field work)."""

    def __init__(self, clock: HybridClock) -> None:
        self.clock = clock

    def new_id(self) -> str:
        return uuid7()

    def stamp(self, author_id: str) -> Row:
        return {"id": uuid7(), "author_id": author_id, "hlc": self.clock.tick(), "deleted": False}


class RowSink:
    """Collects rows per table and inserts them in batches, parents before children.

    Between batches it reports progress against an estimate of the rows to come and honours a
    cancel request by raising, so the whole transaction rolls back.
    """

    def __init__(
        self,
        session: Session,
        expected_rows: int,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
        direct: bool | None = None,
    ) -> None:
        self.session = session
        self.expected_rows = max(1, expected_rows)
        self.progress = progress
        self.cancel = cancel
        self.message = ""
        self.counts: dict[str, int] = {}
        self._pending: dict[type[Synced], list[Row]] = {}
        self._pending_rows = 0
        self._written = 0
        self._direct = session.get_bind().dialect.name == "sqlite" if direct is None else direct
        self._statements: dict[type[Synced], DirectInsert] = {}

    def phase(self, message: str) -> None:
        self.message = message
        self._report()

    def add(self, table: type[Synced], row: Row) -> None:
        self._pending.setdefault(table, []).append(row)
        self._pending_rows += 1
        if self._pending_rows >= BATCH_ROWS:
            self.flush()

    def add_all(self, table: type[Synced], rows: Iterable[Row]) -> None:
        for row in rows:
            self.add(table, row)

    def flush(self) -> None:
        if self.cancel is not None and self.cancel():
            raise UserError("已取消")
        for table in sorted(self._pending, key=_PARENTS_FIRST.__getitem__):
            rows = self._pending[table]
            if rows and self._direct:
                statement = self._statements.get(table) or DirectInsert(table)
                self._statements[table] = statement
                self.session.connection().exec_driver_sql(statement.sql, statement.values(rows))
            elif rows:
                self.session.execute(insert(table.__table__), rows)  # type: ignore[attr-defined]
            if rows:
                name = table.__tablename__
                self.counts[str(name)] = self.counts.get(str(name), 0) + len(rows)
        self._written += self._pending_rows
        self._pending = {}
        self._pending_rows = 0
        self._report()

    def count_existing(self, table: type[Synced], rows: int) -> None:
        """Rows written outside the sink (through the ORM) that the summary should still count."""
        name = str(table.__tablename__)
        self.counts[name] = self.counts.get(name, 0) + rows

    def _report(self) -> None:
        if self.progress is not None:
            self.progress(min(0.99, self._written / self.expected_rows), self.message)


BEIJING = dt.timezone(dt.timedelta(hours=8), "Asia/Shanghai")


def beijing_time(day: dt.date, hour: float) -> dt.datetime:
    """An instant given as a day and an hour of Beijing time, stored as UTC like every datetime."""
    local = dt.datetime.combine(day, dt.time(), BEIJING) + dt.timedelta(hours=hour)
    return local.astimezone(dt.UTC)


def weekday_in(rng: random.Random, first: dt.date, last: dt.date) -> dt.date:
    """A working day between `first` and `last`, if a few draws find one (any day otherwise)."""
    span = (last - first).days
    day = first
    for _ in range(10):
        day = first + dt.timedelta(days=rng.randint(0, span))
        if day.weekday() < 5:
            break
    return day
