"""A synced record named as a clerk names it: whose, of which compound or firm, which indicator, when.

The review queue lists held records and conflicting versions by what they are about, never by
their ids: "考评员“张三”对“阳光小区”的 2026Q1 考评 · 指标“3.1 保洁”" reads where a UUID would not.
The words come from the record's own fields (as it travels, in JSON form), looked up in what this
database holds; lookups are remembered for one page of rows.
"""

import datetime as dt
from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection, select

from hexie_desktop.domain.bureau_time import bureau_time
from hexie_desktop.domain.labels import table_label
from hexie_desktop.storage.tables import HeldRecord
from hexie_desktop.sync.ownership import Owners, StoredInspection

# The field that dates a record, per kind of record, in the order they are looked for.
_DATE_FIELDS = (
    "inspected_on",
    "surveyed_on",
    "received_at",
    "issued_on",
    "occurred_on",
    "recorded_on",
    "scheduled_at",
    "at",
    "starts_on",
)


def _day(value: Any) -> str:
    """A date or a time of the record as the bureau's calendar date."""
    text = str(value)
    if len(text) <= 10:
        return text
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        return text[:10]
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return bureau_time(moment).date().isoformat()


class RecordNamer:
    """Words for records of one read; each name looked up once."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn
        self._owners = Owners(conn)
        self._memo: dict[tuple[str, str], str] = {}

    def _named(self, kind: str, value: str, look_up: Callable[[str], str]) -> str:
        key = (kind, value)
        if key not in self._memo:
            self._memo[key] = look_up(value)
        return self._memo[key]

    def inspection(self, inspection_id: str) -> str:
        """The inspection a record cites, as stored here or, when it waits in the queue too,
        as held."""
        sheet = self._owners.sheet(inspection_id)
        if sheet is not None:
            return self._owners.sheet_words(sheet)
        held = HeldRecord.__table__.c  # type: ignore[attr-defined]
        payload = self._conn.execute(
            select(held.payload)
            .where(held.table_name == "inspection", held.row_id == inspection_id)
            .order_by(held.id.desc())
            .limit(1)
        ).scalar()
        if not isinstance(payload, dict):
            return "（不存在的考评）"
        waiting = StoredInspection(
            str(payload.get("inspector_id")),
            str(payload.get("compound_id")),
            str(payload.get("quarter")),
        )
        return f"{self._owners.sheet_words(waiting)}（待审核）"

    def words(self, table_name: str, payload: dict[str, Any]) -> str:
        """What the record is about, in a line; the table's name when it carries nothing else."""
        owners = self._owners
        parts: list[str] = []
        name = payload.get("name")
        if isinstance(name, str) and name:
            parts.append(f"“{name}”")
        if payload.get("ticket_no"):
            parts.append(f"工单 {payload['ticket_no']}")
        inspection_id = payload.get("inspection_id")
        if isinstance(inspection_id, str):
            parts.append(self._named("sheet", inspection_id, self.inspection))
        else:
            if isinstance(payload.get("inspector_id"), str):
                person = self._named("person", payload["inspector_id"], owners.person)
                parts.append(f"考评员“{person}”")
            if isinstance(payload.get("compound_id"), str):
                compound = self._named("compound", payload["compound_id"], owners.compound)
                parts.append(f"“{compound}”")
        if isinstance(payload.get("firm_id"), str):
            parts.append(f"“{self._named('firm', payload['firm_id'], owners.firm)}”")
        if isinstance(payload.get("indicator_id"), str):
            indicator = self._named("indicator", payload["indicator_id"], owners.indicator)
            parts.append(f"指标“{indicator}”")
        day = next((payload[f] for f in _DATE_FIELDS if payload.get(f)), None)
        if day is not None:
            parts.append(_day(day))
        elif payload.get("quarter") and not isinstance(inspection_id, str):
            parts.append(str(payload["quarter"]))
        if not parts:
            return table_label(table_name)
        return " · ".join(parts)
