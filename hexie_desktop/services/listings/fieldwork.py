"""The inspector's lists: today's work (what is left to score this quarter) and past inspections.

Both page and sort in SQL like the master lists (services/listings/master.py). Today's work narrows by
street and firm as well as by text; the scope is set on the listing and the list re-queried.
"""

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, Select, case, exists, func, or_, select
from sqlalchemy.sql.elements import KeyedColumnElement
from sqlmodel import col

from hexie_desktop.domain import bureau_time
from hexie_desktop.domain.quarters import Quarter
from hexie_desktop.domain.states import InspectionStatus
from hexie_desktop.services.evaluation.inputs import counted_points
from hexie_desktop.services.listings.master import Listing, _join_current_contract
from hexie_desktop.services.master.records_view import Choice
from hexie_desktop.services.store import Store
from hexie_desktop.storage.tables import (
    Community,
    Compound,
    Contract,
    Firm,
    Indicator,
    IndicatorScore,
    Inspection,
    Standard,
    Street,
)

TODAY_COLUMNS = ("name", "street", "community", "firm", "households", "last_score", "status")
INSPECTION_COLUMNS = (
    "inspected_on",
    "compound",
    "street",
    "firm",
    "quarter",
    "status",
    "revision",
    "submitted_at",
)


def _last_score(compound: Any) -> ColumnElement[Any]:
    """The total of the compound's most recent submitted, not superseded sheet, from any quarter
    or inspector: the clamped points given, scaled to the standard's total by the share of it
    scored (for a fully scored sheet, exactly its sum)."""
    sheet = Inspection.__table__.alias("last_sheet").c  # type: ignore[attr-defined]
    newer = Inspection.__table__.alias("newer_sheet").c  # type: ignore[attr-defined]
    latest = (
        select(sheet.id)
        .where(
            sheet.compound_id == compound.c.id,
            sheet.status == InspectionStatus.SUBMITTED,
            sheet.deleted.is_(False),
            ~exists().where(
                newer.revises_id == sheet.id,
                newer.status == InspectionStatus.SUBMITTED,
                newer.deleted.is_(False),
            ),
        )
        .order_by(sheet.submitted_at.desc(), sheet.id.desc())
        .limit(1)
        .correlate(compound)
        .scalar_subquery()
    )
    score = IndicatorScore.__table__.c  # type: ignore[attr-defined]
    indicator = Indicator.__table__.c  # type: ignore[attr-defined]
    standard = Standard.__table__.c  # type: ignore[attr-defined]
    clamped = counted_points(score.score, indicator.max_points)
    return (
        select(
            func.round(
                func.sum(clamped)
                * func.max(standard.total_points)
                / func.sum(indicator.max_points),
                1,
            )
        )
        .select_from(IndicatorScore.__table__)  # type: ignore[attr-defined]
        .join(Indicator.__table__, indicator.id == score.indicator_id)  # type: ignore[attr-defined]
        .join(Standard.__table__, standard.id == indicator.standard_id)  # type: ignore[attr-defined]
        .where(score.inspection_id == latest, score.deleted.is_(False), score.score.is_not(None))
        .scalar_subquery()
    )


class TodayListing(Listing):
    """This quarter's compounds the inspector has not submitted a sheet for, with the last score.

    `status` is "draft" for a compound whose sheet is begun, else empty.
    """

    columns = TODAY_COLUMNS
    lean_sorts = frozenset({"name", "street", "community", "households"})
    bare_sorts = frozenset({"name", "households"})

    def __init__(self, inspector_id: str, today: dt.date | None = None) -> None:
        super().__init__(today)
        self.inspector_id = inspector_id
        self.quarter = Quarter.containing(self.today)
        self.street_id: str | None = None
        self.firm_id: str | None = None

    def set_scope(self, street_id: str | None, firm_id: str | None) -> None:
        self.street_id, self.firm_id = street_id, firm_id

    def _mine(self, compound: Any, status: str) -> ColumnElement[bool]:
        sheet = Inspection.__table__.c  # type: ignore[attr-defined]
        return exists().where(
            sheet.compound_id == compound.c.id,
            sheet.quarter == str(self.quarter),
            sheet.inspector_id == self.inspector_id,
            sheet.status == status,
            sheet.deleted.is_(False),
        )

    def _still_to_score(self, compound: Any) -> list[ColumnElement[bool]]:
        return [compound.c.deleted.is_(False), ~self._mine(compound, InspectionStatus.SUBMITTED)]

    def _bare(self, *selected: ColumnElement[Any]) -> Select[Any]:
        if self.street_id is not None or self.firm_id is not None:
            return self._base(*selected, lean=True)
        # Every compound has its community and street (non-null foreign keys): no join drops one.
        compound = Compound.__table__  # type: ignore[attr-defined]
        return select(*selected).select_from(compound).where(*self._still_to_score(compound))

    def _base(self, *selected: ColumnElement[Any], lean: bool = False) -> Select[Any]:
        compound = Compound.__table__  # type: ignore[attr-defined]
        statement = (
            select(*selected)
            .select_from(compound)
            .join(Community, Community.id == compound.c.community_id)
            .join(Street, Street.id == Community.street_id)  # type: ignore[arg-type]
            .where(*self._still_to_score(compound))
        )
        if self.street_id is not None:
            statement = statement.where(Street.id == self.street_id)  # type: ignore[arg-type]
        if lean and self.firm_id is None:
            return statement
        statement = _join_current_contract(statement, compound, self.today)
        statement = statement.outerjoin(
            Firm,
            Firm.id == Contract.__table__.c.firm_id,  # type: ignore[attr-defined]
        )
        if self.firm_id is not None:
            statement = statement.where(Firm.id == self.firm_id)  # type: ignore[arg-type]
        return statement

    def _id_column(self) -> KeyedColumnElement[Any]:
        return Compound.__table__.c.id  # type: ignore[attr-defined]

    def _sort_columns(self) -> dict[str, ColumnElement[Any]]:
        compound = Compound.__table__  # type: ignore[attr-defined]
        return {
            "name": compound.c.name,
            "street": Street.__table__.c.name,  # type: ignore[attr-defined]
            "community": Community.__table__.c.name,  # type: ignore[attr-defined]
            "firm": Firm.__table__.c.name,  # type: ignore[attr-defined]
            "households": compound.c.households,
            "last_score": _last_score(compound),
            "status": case(
                (self._mine(compound, InspectionStatus.DRAFT), InspectionStatus.DRAFT), else_=""
            ),
        }

    def _searched(self) -> Sequence[ColumnElement[Any]]:
        columns = self._sort_columns()
        return (columns["name"], columns["street"], columns["community"], columns["firm"])

    def _shown(self) -> Sequence[ColumnElement[Any]]:
        columns = self._sort_columns()
        return tuple(columns[name] for name in TODAY_COLUMNS)


class InspectionListing(Listing):
    """This installation's inspection sheets: drafts, submitted sheets and their revisions."""

    columns = INSPECTION_COLUMNS
    lean_sorts = frozenset()

    def __init__(self, inspector_id: str, today: dt.date | None = None) -> None:
        super().__init__(today)
        self.inspector_id = inspector_id

    def _base(self, *selected: ColumnElement[Any], lean: bool = False) -> Select[Any]:
        del lean  # every column comes from cheap joins
        sheet = Inspection.__table__  # type: ignore[attr-defined]
        return (
            select(*selected)
            .select_from(sheet)
            .join(Compound, Compound.id == sheet.c.compound_id)
            .join(Community, col(Community.id) == col(Compound.community_id))
            .join(Street, Street.id == Community.street_id)  # type: ignore[arg-type]
            .outerjoin(Firm, col(Firm.id) == sheet.c.firm_id)
            .where(sheet.c.inspector_id == self.inspector_id, sheet.c.deleted.is_(False))
        )

    def _id_column(self) -> KeyedColumnElement[Any]:
        return Inspection.__table__.c.id  # type: ignore[attr-defined]

    def _sort_columns(self) -> dict[str, ColumnElement[Any]]:
        sheet = Inspection.__table__.c  # type: ignore[attr-defined]
        return {
            "inspected_on": sheet.inspected_on,
            "compound": Compound.__table__.c.name,  # type: ignore[attr-defined]
            "street": Street.__table__.c.name,  # type: ignore[attr-defined]
            "firm": Firm.__table__.c.name,  # type: ignore[attr-defined]
            "quarter": sheet.quarter,
            "status": sheet.status,
            "revision": sheet.revision,
            "submitted_at": sheet.submitted_at,
        }

    def _searched(self) -> Sequence[ColumnElement[Any]]:
        columns = self._sort_columns()
        return (columns["compound"], columns["street"], columns["firm"], columns["quarter"])

    def _shown(self) -> Sequence[ColumnElement[Any]]:
        columns = self._sort_columns()
        return tuple(columns[name] for name in INSPECTION_COLUMNS)


def today_scopes(store: Store, today: dt.date | None = None) -> tuple[list[Choice], list[Choice]]:
    """The streets, and the firms serving a compound today, that today's work can narrow to."""
    day = today or bureau_time.today()
    contract = Contract.__table__.c  # type: ignore[attr-defined]
    with store.reading() as session:
        streets = session.execute(
            select(col(Street.id), col(Street.name))
            .where(col(Street.deleted).is_(False))
            .order_by(col(Street.name))
        ).all()
        firms = session.execute(
            select(col(Firm.id), col(Firm.name))
            .where(
                col(Firm.deleted).is_(False),
                exists().where(
                    contract.firm_id == col(Firm.id),
                    contract.deleted.is_(False),
                    contract.starts_on <= day,
                    or_(contract.ends_on.is_(None), contract.ends_on >= day),
                ),
            )
            .order_by(col(Firm.name))
        ).all()
    return [Choice(i, n) for i, n in streets], [Choice(i, n) for i, n in firms]


__all__ = [
    "INSPECTION_COLUMNS",
    "TODAY_COLUMNS",
    "Choice",
    "InspectionListing",
    "TodayListing",
    "today_scopes",
]
