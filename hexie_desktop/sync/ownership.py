"""Whose record this is, read from what the database holds, and how to name it to a clerk.

Every field-work record has an owner, fixed when the record is created:
- an inspection and a survey belong to their `inspector_id`, as this database holds it;
- an indicator score and a photo belong to the inspector of the inspection they are stored under;
- an attachment and a complaint event belong to the author of the version held: the application
  never changes either once written, so that author is the one who created it;
- a complaint ticket belongs to whoever registered it, but its progress through the 12345 loop is
  open to the inspector who follows it up (see `authority.py`).
Master data, standards, policy and decisions belong to the bureau.

The owner is derived from columns the records already carry rather than stored in a new one, so
bundles of every earlier version keep merging, and it is the same in every merge order: the
columns it is read from (`inspector_id`, a score's `inspection_id`) never change without a
clerk, because a version that changes them is held. The one order that matters is an id used by
two installations: the first version to arrive owns it and the other is held. Ids are UUIDv7, so
two honest installations never share one; an inspector who copies another's ids from a stick
can only get the real owner's records held, never changed, and the clerk sees both.
"""

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import orjson
from sqlalchemy import Connection, select

from hexie_desktop.storage.tables import (
    Compound,
    Firm,
    Indicator,
    Installation,
    TrustedKey,
)


def _day(value: dt.date | str) -> dt.date:
    """A date column read by plain SQL: SQLite hands back its ISO text."""
    return dt.date.fromisoformat(value) if isinstance(value, str) else value


@dataclass(frozen=True)
class StoredInspection:
    """What the ownership rules need of an inspection the database holds."""

    inspector_id: str
    compound_id: str
    quarter: str


@dataclass(frozen=True)
class Term:
    firm_id: str
    starts_on: dt.date
    ends_on: dt.date | None

    def covers(self, day: dt.date) -> bool:
        return self.starts_on <= day and (self.ends_on is None or day <= self.ends_on)


class Owners:
    """Lookups for one bundle's merge: stored inspections, contracts, and names for reasons.

    Inspections and contracts are loaded a batch at a time (one query for every id a batch
    cites), so the rules cost a few queries per five thousand records, not one per record.
    """

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self._sheets: dict[str, StoredInspection | None] = {}
        self._terms: dict[str, list[Term]] = {}

    def load_sheets(self, ids: Iterable[str]) -> None:
        wanted = {i for i in ids if i not in self._sheets}
        if not wanted:
            return
        for row in self._rows_for(
            "SELECT id, inspector_id, compound_id, quarter FROM inspection", "id", wanted
        ):
            self._sheets[row[0]] = StoredInspection(row[1], row[2], row[3])
        for missing in wanted - self._sheets.keys():
            self._sheets[missing] = None

    def sheet(self, inspection_id: str) -> StoredInspection | None:
        if inspection_id not in self._sheets:
            self.load_sheets([inspection_id])
        return self._sheets[inspection_id]

    def load_terms(self, compound_ids: Iterable[str]) -> None:
        wanted = {i for i in compound_ids if i not in self._terms}
        if not wanted:
            return
        for compound_id in wanted:
            self._terms[compound_id] = []
        for row in self._rows_for(
            "SELECT compound_id, firm_id, starts_on, ends_on FROM contract WHERE deleted = false AND",
            "compound_id",
            wanted,
        ):
            self._terms[row[0]].append(
                Term(row[1], _day(row[2]), None if row[3] is None else _day(row[3]))
            )

    def serves(self, firm_id: str, compound_id: str, day: dt.date) -> bool:
        """Whether a live contract of the firm for the compound covers `day`."""
        if compound_id not in self._terms:
            self.load_terms([compound_id])
        return any(t.firm_id == firm_id and t.covers(day) for t in self._terms[compound_id])

    def _rows_for(self, head: str, column: str, ids: set[str]) -> Iterable[Sequence[Any]]:
        """`head` (a SELECT, open for one more condition) for the rows whose `column` is in `ids`.

        Plain SQL, as the merge engine's own lookups: SQLAlchemy would render the set one bound
        parameter at a time for every batch. On SQLite the ids travel as one JSON array.
        """
        glue = " " if head.endswith("AND") else " WHERE "
        if self.conn.dialect.name == "sqlite":
            sql = f"{head}{glue}{column} IN (SELECT value FROM json_each(?))"
            return self.conn.exec_driver_sql(sql, (orjson.dumps(sorted(ids)).decode(),))
        sql = f"{head}{glue}{column} = ANY(%s)"
        return self.conn.exec_driver_sql(sql, (sorted(ids),))

    def _scalar(self, statement: object) -> str | None:
        found = self.conn.execute(statement).scalar()  # type: ignore[call-overload]
        return None if found is None else str(found)

    def person(self, installation_id: str) -> str:
        """The name a clerk enrolled an installation under (or this installation's own name)."""
        key = TrustedKey.__table__.c  # type: ignore[attr-defined]
        own = Installation.__table__.c  # type: ignore[attr-defined]
        name = self._scalar(
            select(key.name).where(key.installation_id == installation_id).limit(1)
        ) or self._scalar(select(own.name).where(own.id == installation_id))
        return name or "未登记的考评员"

    def compound(self, compound_id: str) -> str:
        table = Compound.__table__.c  # type: ignore[attr-defined]
        return self._scalar(select(table.name).where(table.id == compound_id)) or "未知小区"

    def firm(self, firm_id: str) -> str:
        table = Firm.__table__.c  # type: ignore[attr-defined]
        return self._scalar(select(table.name).where(table.id == firm_id)) or "未知企业"

    def indicator(self, indicator_id: str | None) -> str:
        if indicator_id is None:
            return "整份考评表"
        table = Indicator.__table__.c  # type: ignore[attr-defined]
        row = self.conn.execute(
            select(table.code, table.name).where(table.id == indicator_id)
        ).first()
        return "未知指标" if row is None else f"{row[0]} {row[1]}"

    def sheet_words(self, sheet: StoredInspection) -> str:
        """An inspection as a clerk names it: whose, of which compound, in which quarter."""
        return (
            f"考评员“{self.person(sheet.inspector_id)}”对“{self.compound(sheet.compound_id)}”"
            f"的 {sheet.quarter} 考评"
        )
