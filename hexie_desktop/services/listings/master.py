"""The big lists (compounds, firms) as queries that sort and filter in SQL.

A list screen keeps only the ids in the current order and asks for the rows it is about to show,
a page at a time: at city scale (20,000 compounds) sorting in SQL takes milliseconds where sorting
through a view model's `data()` takes over a second.
"""

import datetime as dt
from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, ScalarSelect, Select, Table, and_, func, or_, select
from sqlalchemy.sql.elements import KeyedColumnElement

from hexie_desktop.domain import bureau_time
from hexie_desktop.services.store import Store
from hexie_desktop.storage.sql import Unindexed
from hexie_desktop.storage.tables import Community, Compound, Contract, Firm, Street

Row = tuple[Any, ...]

COMPOUND_COLUMNS = ("name", "street", "community", "households", "firm")
FIRM_COLUMNS = ("name", "credit_code", "compounds", "households")


@dataclass(frozen=True)
class ListingQuery:
    """What a list shows: a filter text matched anywhere in the searched columns, and one sort key."""

    text: str = ""
    sort: str = "name"
    descending: bool = False


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _matches(column: ColumnElement[Any], pattern: str, *, sqlite: bool) -> ColumnElement[bool]:
    """The filter as a laptop's SQLite means it, on any database: letters match in either case
    (a credit code typed in lower case finds its firm), where a server's LIKE would not."""
    if sqlite:
        return column.like(pattern, escape="\\")
    return column.ilike(pattern, escape="\\")


def _ordering(key: ColumnElement[Any], descending: bool, *, sqlite: bool) -> ColumnElement[Any]:
    """The sort with empty values where SQLite puts them (first ascending, last descending).

    A server's default is the opposite; SQLite is left to its default, which its indexes serve.
    """
    if sqlite:
        return key.desc() if descending else key.asc()
    return key.desc().nulls_last() if descending else key.asc().nulls_first()


def _current_contract_id(compound: Table, today: dt.date) -> ScalarSelect[Any]:
    """The id of the contract in force on `today` for a compound: the latest one started by then.

    A correlated subquery rather than a grouped derived table: it walks the (compound, start)
    index once per compound, where SQLite would scan a materialised group once per compound.
    """
    contract = Contract.__table__.alias("started").c  # type: ignore[attr-defined]
    return (
        select(contract.id)
        .where(
            contract.compound_id == compound.c.id,
            contract.starts_on <= today,
            contract.deleted.is_(False),
        )
        .order_by(contract.starts_on.desc())
        .limit(1)
        .correlate(compound)
        .scalar_subquery()
    )


def _join_current_contract(statement: Select[Any], compound: Table, today: dt.date) -> Select[Any]:
    contract = Contract.__table__  # type: ignore[attr-defined]
    return statement.outerjoin(
        contract,
        and_(
            contract.c.id == _current_contract_id(compound, today),
            or_(contract.c.ends_on.is_(None), contract.c.ends_on >= today),
        ),
    )


class Listing(ABC):
    """One list: the selectable columns, what the filter searches, and how to page rows in."""

    columns: tuple[str, ...]

    def __init__(self, today: dt.date | None = None) -> None:
        self.today = today or bureau_time.today()

    lean_sorts: frozenset[str] = frozenset()
    bare_sorts: frozenset[str] = frozenset()
    """Sort keys in the listed table itself: unfiltered, the id query then reads that table alone."""

    @abstractmethod
    def _base(self, *selected: ColumnElement[Any], lean: bool = False) -> Select[Any]:
        """The joins shared by the id query and the row query, selecting `selected`.

        `lean` leaves out the costly joins (what serves what today), for queries that neither
        sort by them nor filter on them: an unfiltered sort by name then reads one table.
        """

    def _bare(self, *selected: ColumnElement[Any]) -> Select[Any]:
        """The listed table alone, with the listing's conditions: for `bare_sorts` and counts.

        Only a listing whose every row has its joined rows (non-null foreign keys) may leave the
        joins out; the default keeps the lean joins.
        """
        return self._base(*selected, lean=True)

    @abstractmethod
    def _id_column(self) -> KeyedColumnElement[Any]:
        """The primary key the list pages by."""

    @abstractmethod
    def _sort_columns(self) -> dict[str, ColumnElement[Any]]:
        """Every sort key the list offers, by name; shown columns are a subset in order."""

    @abstractmethod
    def _searched(self) -> Sequence[ColumnElement[Any]]:
        """The columns the filter text is matched against."""

    @abstractmethod
    def _shown(self) -> Sequence[ColumnElement[Any]]:
        """The columns a row shows, in the order of `columns`."""

    def ids(self, store: Store, query: ListingQuery) -> list[str]:
        """The ids of every matching row, in the requested order (ties broken by id, so stable)."""
        sort_columns = self._sort_columns()
        if query.sort not in sort_columns:
            raise ValueError(f"unknown sort key {query.sort!r}")
        key = sort_columns[query.sort]
        id_column = self._id_column()
        text = query.text.strip()
        if not text and query.sort in self.bare_sorts:
            statement = self._bare(id_column)
        else:
            statement = self._base(id_column, lean=not text and query.sort in self.lean_sorts)
        tie: ColumnElement[Any] = id_column
        sqlite = store.engine.dialect.name == "sqlite"
        if text:
            pattern = _like(text)
            statement = statement.where(
                or_(*(_matches(column, pattern, sqlite=sqlite) for column in self._searched()))
            )
            key, tie = Unindexed(key), Unindexed(id_column)
        statement = statement.order_by(_ordering(key, query.descending, sqlite=sqlite), tie)
        with store.reading() as session:
            return [str(value) for value in session.execute(statement).scalars()]

    def rows(self, store: Store, ids: Sequence[str]) -> dict[str, Row]:
        """The shown columns of the given rows, keyed by id (order is the caller's business)."""
        if not ids:
            return {}
        id_column = self._id_column()
        statement = self._base(id_column, *self._shown()).where(id_column.in_(list(ids)))
        with store.reading() as session:
            return {str(row[0]): tuple(row[1:]) for row in session.execute(statement)}

    def count(self, store: Store) -> int:
        with store.reading() as session:
            rows = self._bare(self._id_column()).subquery()
            statement = select(func.count()).select_from(rows)
            return int(session.execute(statement).scalar_one())


class CompoundListing(Listing):
    """Compounds with their street, community, households and the firm serving them today."""

    columns = COMPOUND_COLUMNS
    lean_sorts = frozenset({"name", "street", "community", "households"})
    bare_sorts = frozenset({"name", "households"})

    def __init__(self, today: dt.date | None = None) -> None:
        super().__init__(today)
        self._firm_name = Firm.__table__.c.name  # type: ignore[attr-defined]

    def _base(self, *selected: ColumnElement[Any], lean: bool = False) -> Select[Any]:
        compound = Compound.__table__  # type: ignore[attr-defined]
        statement = (
            select(*selected)
            .select_from(compound)
            .join(Community, Community.id == compound.c.community_id)
            .join(Street, Street.id == Community.street_id)  # type: ignore[arg-type]
        )
        if lean:
            return statement.where(compound.c.deleted.is_(False))
        statement = _join_current_contract(statement, compound, self.today)
        return statement.outerjoin(
            Firm,
            Firm.id == Contract.__table__.c.firm_id,  # type: ignore[attr-defined]
        ).where(compound.c.deleted.is_(False))

    def _bare(self, *selected: ColumnElement[Any]) -> Select[Any]:
        # Every compound has its community and street (non-null foreign keys): no join drops one.
        compound = Compound.__table__  # type: ignore[attr-defined]
        return select(*selected).select_from(compound).where(compound.c.deleted.is_(False))

    def _id_column(self) -> KeyedColumnElement[Any]:
        return Compound.__table__.c.id  # type: ignore[attr-defined]

    def _sort_columns(self) -> dict[str, ColumnElement[Any]]:
        compound = Compound.__table__.c  # type: ignore[attr-defined]
        return {
            "name": compound.name,
            "street": Street.__table__.c.name,  # type: ignore[attr-defined]
            "community": Community.__table__.c.name,  # type: ignore[attr-defined]
            "households": compound.households,
            "firm": self._firm_name,
        }

    def _searched(self) -> Sequence[ColumnElement[Any]]:
        columns = self._sort_columns()
        return (columns["name"], columns["street"], columns["firm"])

    def _shown(self) -> Sequence[ColumnElement[Any]]:
        columns = self._sort_columns()
        return tuple(columns[name] for name in COMPOUND_COLUMNS)


class FirmListing(Listing):
    """Firms with their credit code and what they serve today: compounds and households."""

    columns = FIRM_COLUMNS
    lean_sorts = frozenset({"name", "credit_code"})

    def __init__(self, today: dt.date | None = None) -> None:
        super().__init__(today)
        compound = Compound.__table__  # type: ignore[attr-defined]
        contract = Contract.__table__.c  # type: ignore[attr-defined]
        served = select(
            contract.firm_id,
            func.count().label("compounds"),
            func.sum(compound.c.households).label("households"),
        ).select_from(compound)
        self._served = (
            _join_current_contract(served, compound, self.today)
            .where(compound.c.deleted.is_(False), contract.firm_id.is_not(None))
            .group_by(contract.firm_id)
            .subquery()
        )

    def _base(self, *selected: ColumnElement[Any], lean: bool = False) -> Select[Any]:
        firm = Firm.__table__  # type: ignore[attr-defined]
        statement = select(*selected).select_from(firm).where(firm.c.deleted.is_(False))
        if lean:
            return statement
        return statement.outerjoin(self._served, self._served.c.firm_id == firm.c.id)

    def _id_column(self) -> KeyedColumnElement[Any]:
        return Firm.__table__.c.id  # type: ignore[attr-defined]

    def _sort_columns(self) -> dict[str, ColumnElement[Any]]:
        firm = Firm.__table__.c  # type: ignore[attr-defined]
        return {
            "name": firm.name,
            "credit_code": firm.credit_code,
            "compounds": func.coalesce(self._served.c.compounds, 0),
            "households": func.coalesce(self._served.c.households, 0),
        }

    def _searched(self) -> Sequence[ColumnElement[Any]]:
        columns = self._sort_columns()
        return (columns["name"], columns["credit_code"])

    def _shown(self) -> Sequence[ColumnElement[Any]]:
        columns = self._sort_columns()
        return tuple(columns[name] for name in FIRM_COLUMNS)
