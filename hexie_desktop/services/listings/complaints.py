"""The complaint tickets as a big list: filtered by state, category, firm and lateness, sorted in SQL.

A city receives tens of thousands of tickets a quarter, so the list pages them like the compound
list does. Times are stored in UTC and shown in the bureau's time (China Standard Time).
"""

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, case, func, select
from sqlalchemy.sql.elements import KeyedColumnElement

from hexie_desktop.domain.bureau_time import bureau_time, bureau_zone
from hexie_desktop.domain.states import TicketState
from hexie_desktop.services.complaints.personal import masked_caller
from hexie_desktop.services.listings.master import Listing, Row
from hexie_desktop.services.store import Store
from hexie_desktop.storage.tables import Complaint, ComplaintCaller, Compound, Firm

COMPLAINT_COLUMNS = (
    "ticket_no",
    "firm",
    "compound",
    "category",
    "state",
    "received_at",
    "due_at",
    "overdue",
    "caller",
)
_TIME_COLUMNS = (COMPLAINT_COLUMNS.index("received_at"), COMPLAINT_COLUMNS.index("due_at"))
_OVERDUE_COLUMN = COMPLAINT_COLUMNS.index("overdue")
_CALLER_COLUMN = COMPLAINT_COLUMNS.index("caller")


@dataclass(frozen=True)
class ComplaintFilter:
    """The structured part of the list's filter; None or False means "any"."""

    state: str | None = None
    category: str | None = None
    firm_id: str | None = None
    overdue_only: bool = False


class ComplaintListing(Listing):
    """Tickets with firm, compound, category, state, received and due times, lateness, and
    the caller (masked).

    A ticket is overdue when it was not closed by its due time: still open after it, or closed
    late. `filter` may be replaced at any time; the next query uses it.
    """

    columns = COMPLAINT_COLUMNS
    lean_sorts = frozenset({"ticket_no", "category", "state", "received_at", "due_at", "overdue"})

    def __init__(self, now: dt.datetime | None = None) -> None:
        super().__init__(None if now is None else now.astimezone(bureau_zone()).date())
        self._fixed_now = now
        self.filter = ComplaintFilter()
        self._complaint = Complaint.__table__.c  # type: ignore[attr-defined]
        self._firm_name = Firm.__table__.c.name  # type: ignore[attr-defined]
        self._compound_name = Compound.__table__.c.name  # type: ignore[attr-defined]
        self._caller = ComplaintCaller.__table__.c  # type: ignore[attr-defined]

    def _now(self) -> dt.datetime:
        return (self._fixed_now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)

    def _overdue(self) -> ColumnElement[Any]:
        c = self._complaint
        late = c.due_at < func.coalesce(c.closed_at, self._now())
        return case((late, 1), else_=0)

    def _conditions(self) -> list[ColumnElement[bool]]:
        c = self._complaint
        found = self.filter
        conditions: list[ColumnElement[bool]] = [c.deleted.is_(False)]
        if found.state is not None:
            conditions.append(c.state == found.state)
        if found.category is not None:
            conditions.append(c.category == found.category)
        if found.firm_id is not None:
            conditions.append(c.firm_id == found.firm_id)
        if found.overdue_only:
            conditions.append(self._overdue() == 1)
        return conditions

    def _joined(self, *selected: ColumnElement[Any], lean: bool) -> Select[Any]:
        complaint = Complaint.__table__  # type: ignore[attr-defined]
        statement = select(*selected).select_from(complaint)
        if lean:
            return statement
        return (
            statement.join(
                Compound.__table__,  # type: ignore[attr-defined]
                self._compound_name.table.c.id == complaint.c.compound_id,
            )
            .join(
                Firm.__table__,  # type: ignore[attr-defined]
                self._firm_name.table.c.id == complaint.c.firm_id,
            )
            .outerjoin(self._caller.complaint_id.table, self._caller.complaint_id == complaint.c.id)
        )

    def _base(self, *selected: ColumnElement[Any], lean: bool = False) -> Select[Any]:
        return self._joined(*selected, lean=lean).where(*self._conditions())

    def _id_column(self) -> KeyedColumnElement[Any]:
        return self._complaint.id

    def _sort_columns(self) -> dict[str, ColumnElement[Any]]:
        c = self._complaint
        loop_order = case(
            {state.value: position for position, state in enumerate(TicketState)}, value=c.state
        )
        return {
            "ticket_no": c.ticket_no,
            "firm": self._firm_name,
            "compound": self._compound_name,
            # By the name's first character alone: an order by the whole name would tell what
            # the mask hides.
            "caller": func.substr(self._caller.name, 1, 1),
            "category": c.category,
            "state": loop_order,
            "received_at": c.received_at,
            "due_at": c.due_at,
            "overdue": self._overdue(),
        }

    def _searched(self) -> Sequence[ColumnElement[Any]]:
        c = self._complaint
        return (c.ticket_no, self._firm_name, self._compound_name, c.category, c.content)

    def _shown(self) -> Sequence[ColumnElement[Any]]:
        c = self._complaint
        return (
            c.ticket_no,
            self._firm_name,
            self._compound_name,
            c.category,
            c.state,
            c.received_at,
            c.due_at,
            self._overdue(),
            self._caller.name,
            self._caller.phone,
        )

    def rows(self, store: Store, ids: Sequence[str]) -> dict[str, Row]:
        """Times in the bureau's time zone, lateness as a bool and the caller masked, ready to show.

        Rows are read by id alone, not through the filter: a row listed a moment ago is still
        shown, even if an edit since has taken it out of the filter.
        """
        if not ids:
            return {}
        id_column = self._id_column()
        statement = self._joined(id_column, *self._shown(), lean=False).where(
            id_column.in_(list(ids))
        )
        found: dict[str, Row] = {}
        with store.reading() as session:
            for key, *values in session.execute(statement):
                for column in _TIME_COLUMNS:
                    values[column] = bureau_time(values[column])
                values[_OVERDUE_COLUMN] = bool(values[_OVERDUE_COLUMN])
                phone = values.pop()
                values[_CALLER_COLUMN] = masked_caller(values[_CALLER_COLUMN] or "", phone or "")
                found[str(key)] = tuple(values)
        return found

    def count(self, store: Store) -> int:
        """Every live ticket, whatever the filter: the "of N" beside the shown count."""
        with store.reading() as session:
            statement = select(func.count()).where(self._complaint.deleted.is_(False))
            return int(session.execute(statement).scalar_one())
