"""The community grading as a clerk works on it: each community's three sheets and its result.

Scores are entered per indicator, one source's sheet at a time, exactly as `services/grading`
reads them (`GradingSheet.scores`: indicator code → points); a source's total is never typed
in, because a total alone could not be traced back to the indicators behind it. A sheet keeps
the standard version it was scored with; a new sheet takes the version in force for the year.
"""

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from hexie_desktop.domain import bureau_time
from hexie_desktop.domain.clock import physical_ms
from hexie_desktop.domain.errors import UserError
from hexie_desktop.domain.evaluation.grading import source_total
from hexie_desktop.domain.evaluation.policy import GRADING_SOURCES
from hexie_desktop.services.authoring import authoring
from hexie_desktop.services.changes import Changed, Changes
from hexie_desktop.services.evaluation.quarters import require_clerk
from hexie_desktop.services.grading.years import year_finalised
from hexie_desktop.services.rules.standards import indicator_maxima, standard_in_force
from hexie_desktop.services.store import Store
from hexie_desktop.storage.audit import append_event
from hexie_desktop.storage.tables import (
    Community,
    CommunityGradeRecord,
    CommunityIncident,
    GradingSheet,
    Indicator,
    Standard,
    StandardPart,
    Street,
)


@dataclass(frozen=True)
class CommunityGrading:
    """One community's row of the grading table: its sources' totals and its stored result."""

    community_id: str
    community: str
    street: str
    first_election_on: dt.date | None
    sources: dict[str, float]
    serious_incident: bool
    result: CommunityGradeRecord | None


@dataclass(frozen=True)
class GradingOverview:
    year: int
    rows: list[CommunityGrading]
    graded_at: dt.datetime | None
    outdated: bool
    finalised: bool = False
    # Last year's stored grade per community that had a result then (None: no grade).
    last_grades: dict[str, str | None] = field(default_factory=dict)


@dataclass(frozen=True)
class GradingIndicator:
    code: str
    part: str
    aspect: str
    name: str
    max_points: float


@dataclass(frozen=True)
class SheetForm:
    """One source's sheet for one community and year, ready to edit."""

    community_id: str
    community: str
    year: int
    source: str
    standard_id: str
    standard_version: int
    indicators: list[GradingIndicator]
    scores: dict[str, float]


def grading_years(store: Store, today: dt.date | None = None) -> list[int]:
    """The years with sheets or results, and this year, newest first."""
    with store.reading() as session:
        years = set(session.exec(select(GradingSheet.year).distinct()).all())
        years |= set(session.exec(select(CommunityGradeRecord.year).distinct()).all())
    years.add((today or bureau_time.today()).year)
    return sorted(years, reverse=True)


def grading_overview(store: Store, year: int) -> GradingOverview:
    with store.reading() as session:
        sheets = session.exec(
            select(GradingSheet).where(
                GradingSheet.year == year, col(GradingSheet.deleted).is_(False)
            )
        ).all()
        maxima = indicator_maxima(session, {s.standard_id for s in sheets})
        totals: dict[str, dict[str, float]] = defaultdict(dict)
        for sheet in sheets:
            totals[sheet.community_id][sheet.source] = source_total(
                sheet.scores, maxima[sheet.standard_id]
            )
        serious = set(
            session.exec(
                select(CommunityIncident.community_id).where(
                    CommunityIncident.year == year,
                    col(CommunityIncident.serious).is_(True),
                    col(CommunityIncident.deleted).is_(False),
                )
            ).all()
        )
        results = {
            r.community_id: r
            for r in session.exec(
                select(CommunityGradeRecord).where(CommunityGradeRecord.year == year)
            )
        }
        last_grades = {
            community_id: grade
            for community_id, grade in session.execute(
                select(
                    col(CommunityGradeRecord.community_id), col(CommunityGradeRecord.grade)
                ).where(col(CommunityGradeRecord.year) == year - 1)
            )
        }
        places = session.execute(
            select(
                col(Community.id),
                col(Community.name),
                col(Street.name),
                col(Community.first_election_on),
            )
            .join(Street, col(Street.id) == col(Community.street_id))
            .where(col(Community.deleted).is_(False))
            .order_by(col(Street.name), col(Community.name))
        ).all()
        finalised = year_finalised(session, year)
        last_edit = max(
            (
                session.execute(
                    select(func.max(col(model.hlc))).where(model.year == year)
                ).scalar_one_or_none()
                or 0
                for model in (GradingSheet, CommunityIncident)
            ),
            default=0,
        )
    rows = [
        CommunityGrading(
            community_id,
            name,
            street,
            first_election,
            totals.get(community_id, {}),
            community_id in serious,
            results.get(community_id),
        )
        for community_id, name, street, first_election in places
    ]
    rows.sort(key=lambda r: (r.result is None or r.result.rank is None, _rank(r), r.street))
    graded_at = max((r.graded_at for r in results.values()), default=None)
    outdated = graded_at is not None and physical_ms(last_edit) > _ms(graded_at)
    return GradingOverview(year, rows, graded_at, outdated, finalised, last_grades)


def _rank(row: CommunityGrading) -> int:
    return row.result.rank if row.result is not None and row.result.rank is not None else 0


def _ms(moment: dt.datetime) -> int:
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)
    return int(aware.timestamp() * 1000)


def _community_name(session: Session, community_id: str) -> str:
    community = session.get(Community, community_id)
    if community is None or community.deleted:
        raise UserError("该社区已不存在（可能已被删除）。请刷新后重试。")
    return community.name


def _indicators(session: Session, standard_id: str) -> list[GradingIndicator]:
    parts = {
        p.id: p.name
        for p in session.exec(select(StandardPart).where(StandardPart.standard_id == standard_id))
    }
    rows = session.exec(
        select(Indicator)
        .join(StandardPart, col(StandardPart.id) == col(Indicator.part_id))
        .where(Indicator.standard_id == standard_id, col(Indicator.deleted).is_(False))
        .order_by(col(StandardPart.position), col(Indicator.position))
    ).all()
    return [
        GradingIndicator(i.code, parts[i.part_id], i.aspect, i.name, i.max_points) for i in rows
    ]


def _check_source(source: str) -> None:
    if source not in GRADING_SOURCES:
        raise ValueError(f"unknown grading source {source!r}")


def grading_sheet(store: Store, community_id: str, year: int, source: str) -> SheetForm:
    """The sheet as stored, or an empty one on the standard in force for the year."""
    _check_source(source)
    with store.reading() as session:
        name = _community_name(session, community_id)
        sheet = session.exec(
            select(GradingSheet).where(
                GradingSheet.community_id == community_id,
                GradingSheet.year == year,
                GradingSheet.source == source,
                col(GradingSheet.deleted).is_(False),
            )
        ).first()
        standard = (
            session.get(Standard, sheet.standard_id)
            if sheet is not None
            else standard_in_force(session, "community", str(year))
        )
        if standard is None:
            raise UserError(
                f"没有适用于 {year} 年的和谐社区评定标准。请先在“政策与标准”中导入或新建该标准。"
            )
        return SheetForm(
            community_id,
            name,
            year,
            source,
            standard.id,
            standard.version,
            _indicators(session, standard.id),
            {k: float(v) for k, v in (sheet.scores if sheet is not None else {}).items()},
        )


def save_grading_sheet(store: Store, form: SheetForm, scores: dict[str, float]) -> Changed[None]:
    """Store one source's per-indicator scores; a sheet left empty is deleted (a tombstone)."""
    _check_source(form.source)
    maxima = {i.code: i.max_points for i in form.indicators}
    for code, value in scores.items():
        if code not in maxima:
            raise UserError(f"指标“{code}”不在评分标准第 {form.standard_version} 版中。")
        if not 0 <= value <= maxima[code]:
            raise UserError(
                f"指标 {code} 的得分应在 0 到 {maxima[code]:g} 之间，实际为 {value:g}。"
            )
    with store.transaction() as session, authoring(session) as author:
        require_clerk(author, "录入社区评分表")
        _community_name(session, form.community_id)
        sheet = session.exec(
            select(GradingSheet).where(
                GradingSheet.community_id == form.community_id,
                GradingSheet.year == form.year,
                GradingSheet.source == form.source,
            )
        ).first()
        if sheet is None and not scores:
            return Changed(None, Changes())
        if sheet is None:
            sheet = GradingSheet(
                community_id=form.community_id,
                year=form.year,
                source=form.source,
                standard_id=form.standard_id,
                scores=dict(scores),
                **author.stamp(),
            )
        else:
            if sheet.deleted:
                sheet.standard_id = form.standard_id
            sheet.scores = dict(scores)
            sheet.deleted = not scores
            sheet.hlc = author.clock.tick()
            sheet.author_id = author.installation_id
        session.add(sheet)
        session.flush()
        detail: dict[str, Any] = {
            "community": form.community,
            "year": form.year,
            "source": form.source,
            "total": source_total(scores, maxima),
            "indicators": len(scores),
        }
        append_event(
            session,
            actor_id=author.installation_id,
            action="grading.sheet.delete" if sheet.deleted else "grading.sheet.save",
            table_name="gradingsheet",
            row_id=sheet.id,
            detail=detail,
        )
    return Changed(None, Changes.of(GradingSheet))
