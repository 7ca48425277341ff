"""Held records in groups: one line per bundle, table and cause, with its count.

A late bundle for a finalised quarter holds thousands of indicator scores for one reason; a clerk
decides them as one group (or opens the group and decides some), not row by row. The cause is the
hold reason itself, except that the reasons of records stamped in the future differ only in how
many hours ahead each one is, so they are one cause. Groups are few (bundles × causes) and read
whole; a group's records are read by id and named a page at a time.
"""

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, literal, or_, select

from hexie_desktop.domain.bureau_time import format_time
from hexie_desktop.domain.labels import table_label
from hexie_desktop.services.bundles.record_words import RecordNamer
from hexie_desktop.services.listings.master import _like
from hexie_desktop.services.listings.review import author_name, table_word
from hexie_desktop.services.store import Store
from hexie_desktop.storage.tables import BundleLog, HeldRecord
from hexie_desktop.sync.authority import CLOCK_AHEAD

CLOCK_CAUSE = f"{CLOCK_AHEAD}发送方电脑的时钟可能有误（接受时按本机时间重新盖章）"

_HELD = HeldRecord.__table__  # type: ignore[attr-defined]
_LOG = BundleLog.__table__  # type: ignore[attr-defined]


def _cause() -> ColumnElement[Any]:
    return case(
        (_HELD.c.reason.like(f"{CLOCK_AHEAD}%"), literal(CLOCK_CAUSE)), else_=_HELD.c.reason
    )


@dataclass(frozen=True)
class HeldGroupKey:
    """What makes held records one group: the bundle that brought them, their table, the cause."""

    bundle_id: str
    table_name: str
    cause: str


@dataclass(frozen=True)
class HeldGroup:
    key: HeldGroupKey
    count: int
    first_held: str
    table: str
    author: str
    file: str

    @property
    def cause(self) -> str:
        return self.key.cause


@dataclass(frozen=True)
class HeldRow:
    """One held record of a group, as its line under the group reads: the table, sender and file
    are the group's."""

    held_at: str
    words: str


def _pending() -> ColumnElement[bool]:
    return _HELD.c.decision == "pending"


def held_groups(store: Store, text: str = "") -> list[HeldGroup]:
    """The pending groups, newest first; `text` keeps those whose table, cause, sender or file
    has it."""
    cause = _cause()
    table = table_word(_HELD.c.table_name)
    author = author_name(_LOG.c.author_id)
    file = func.coalesce(_LOG.c.file_name, "")
    statement = (
        select(
            _HELD.c.bundle_id,
            _HELD.c.table_name,
            cause.label("cause"),
            func.count(),
            func.min(_HELD.c.held_at),
            func.max(author),
            func.max(file),
        )
        .select_from(_HELD)
        .outerjoin(_LOG, _LOG.c.bundle_id == _HELD.c.bundle_id)
        .where(_pending())
        .group_by(_HELD.c.bundle_id, _HELD.c.table_name, cause)
        .order_by(func.min(_HELD.c.held_at).desc(), _HELD.c.bundle_id, _HELD.c.table_name, cause)
    )
    if text.strip():
        pattern = _like(text.strip())
        statement = statement.where(
            or_(*(c.like(pattern, escape="\\") for c in (table, _HELD.c.reason, author, file)))
        )
    with store.reading() as session:
        return [
            HeldGroup(
                HeldGroupKey(bundle_id, table_name, reason),
                int(count),
                format_time(first) if isinstance(first, dt.datetime) else "",
                table_label(table_name),
                sender or "",
                file_name or "",
            )
            for bundle_id, table_name, reason, count, first, sender, file_name in session.execute(
                statement
            )
        ]


def _of_groups(keys: Iterable[HeldGroupKey]) -> ColumnElement[bool]:
    cause = _cause()
    return or_(
        *(
            and_(
                _HELD.c.bundle_id == key.bundle_id,
                _HELD.c.table_name == key.table_name,
                cause == key.cause,
            )
            for key in keys
        )
    )


def held_group_ids(store: Store, keys: Sequence[HeldGroupKey]) -> list[int]:
    """The pending records of these groups, in the order they were held."""
    if not keys:
        return []
    statement = (
        select(_HELD.c.id).where(_pending(), _of_groups(keys)).order_by(_HELD.c.held_at, _HELD.c.id)
    )
    with store.reading() as session:
        return [int(value) for value in session.execute(statement).scalars()]


def held_rows(store: Store, ids: Sequence[int]) -> dict[int, HeldRow]:
    """The given held records' lines, each named by what it is about."""
    if not ids:
        return {}
    statement = select(_HELD.c.id, _HELD.c.held_at, _HELD.c.table_name, _HELD.c.payload).where(
        _HELD.c.id.in_(list(ids))
    )
    found: dict[int, HeldRow] = {}
    with store.reading() as session:
        namer = RecordNamer(session.connection())
        for held_id, held_at, table_name, payload in session.execute(statement):
            found[int(held_id)] = HeldRow(
                format_time(held_at) if isinstance(held_at, dt.datetime) else "",
                namer.words(table_name, dict(payload)),
            )
    return found
