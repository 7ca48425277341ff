"""One inspection sheet as the inspector left it, and everything that happened to it since.

The sheet lists every indicator of the standard, scored or not, with the itemised deductions
ticked, the note, the photos and the installation that wrote the score. The history gathers what
the database remembers about the sheet and its scores: audit events, versions that lost a merge
(record history), records held for review, and the revisions that replaced or were replaced by it.
"""

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlmodel import Session, col, or_, select

from hexie_desktop.domain.clock import physical_ms
from hexie_desktop.domain.errors import UserError
from hexie_desktop.services.evaluation.drilldown_view import installation_names, who
from hexie_desktop.services.store import Store
from hexie_desktop.storage.tables import (
    AuditEvent,
    Compound,
    Deduction,
    Firm,
    HeldRecord,
    Indicator,
    IndicatorScore,
    Inspection,
    Photo,
    RecordHistory,
    StandardPart,
)


@dataclass(frozen=True)
class DeductionLine:
    code: str
    description: str
    points: float
    count: int


@dataclass(frozen=True)
class PhotoLine:
    photo_id: str
    indicator_id: str | None
    caption: str
    path: Path
    present: bool


@dataclass(frozen=True)
class IndicatorLine:
    score_id: str | None
    indicator_id: str
    part: str
    code: str
    name: str
    max_points: float
    score: float | None
    deductions: list[DeductionLine]
    note: str
    scored_by: str
    scored_at: dt.datetime | None
    photos: list[PhotoLine]


@dataclass(frozen=True)
class HistoryLine:
    """One thing that happened: `kind` is an audit action or history/held/revision marker."""

    at: dt.datetime | None
    who: str
    kind: str
    table: str
    row_id: str
    detail: dict[str, Any]


@dataclass(frozen=True)
class InspectionDetail:
    inspection_id: str
    quarter: str
    firm: str
    compound: str
    inspected_on: dt.date
    inspector: str
    method: str
    status: str
    revision: int
    revision_reason: str
    submitted_at: dt.datetime | None
    note: str
    indicators: list[IndicatorLine]
    photos: list[PhotoLine]
    history: list[HistoryLine]


def hlc_time(stamp: int) -> dt.datetime:
    """The wall-clock moment a hybrid-clock stamp was taken."""
    return dt.datetime.fromtimestamp(physical_ms(stamp) / 1000, dt.UTC)


def _aware(moment: dt.datetime | None) -> dt.datetime | None:
    # SQLite hands back naive datetimes; every stored one is UTC.
    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=dt.UTC)


def _photos(store: Store, session: Session, inspection_id: str) -> list[PhotoLine]:
    rows = session.exec(
        select(Photo)
        .where(Photo.inspection_id == inspection_id, col(Photo.deleted).is_(False))
        .order_by(col(Photo.hlc))
    )
    found = []
    for row in rows:
        path = store.data_dir.attachment(row.sha256)
        found.append(PhotoLine(row.id, row.indicator_id, row.caption, path, path.is_file()))
    return found


def _indicators(
    session: Session, inspection: Inspection, photos: list[PhotoLine], names: dict[str, str]
) -> list[IndicatorLine]:
    scores = {
        s.indicator_id: s
        for s in session.exec(
            select(IndicatorScore).where(
                IndicatorScore.inspection_id == inspection.id,
                col(IndicatorScore.deleted).is_(False),
            )
        )
    }
    parts = {
        p.id: p
        for p in session.exec(
            select(StandardPart).where(StandardPart.standard_id == inspection.standard_id)
        )
    }
    indicators = sorted(
        session.exec(select(Indicator).where(Indicator.standard_id == inspection.standard_id)),
        key=lambda i: (parts[i.part_id].position if i.part_id in parts else 0, i.position),
    )
    items: dict[tuple[str, str], Deduction] = {
        (d.indicator_id, d.code): d
        for d in session.exec(
            select(Deduction).where(col(Deduction.indicator_id).in_([i.id for i in indicators]))
        )
    }
    lines = []
    for indicator in indicators:
        score = scores.get(indicator.id)
        deductions = []
        for ticked in score.deductions if score is not None else []:
            code = str(ticked.get("code", ""))
            item = items.get((indicator.id, code))
            deductions.append(
                DeductionLine(
                    code,
                    item.description if item is not None else "",
                    item.points if item is not None else 0.0,
                    int(ticked.get("count", 1)),
                )
            )
        lines.append(
            IndicatorLine(
                score_id=score.id if score is not None else None,
                indicator_id=indicator.id,
                part=parts[indicator.part_id].name if indicator.part_id in parts else "",
                code=indicator.code,
                name=indicator.name,
                max_points=indicator.max_points,
                score=score.score if score is not None else None,
                deductions=deductions,
                note=score.note if score is not None else "",
                scored_by=who(names, score.author_id) if score is not None else "",
                scored_at=hlc_time(score.hlc) if score is not None else None,
                photos=[p for p in photos if p.indicator_id == indicator.id],
            )
        )
    return lines


def _history(
    session: Session, inspection: Inspection, rows: dict[str, set[str]], names: dict[str, str]
) -> list[HistoryLine]:
    """Audit events, lost versions, held records and revisions of the sheet and its rows."""
    found: list[HistoryLine] = []
    watched = [
        (col(AuditEvent.table_name) == table) & col(AuditEvent.row_id).in_(ids)
        for table, ids in rows.items()
        if ids
    ]
    for event in session.exec(select(AuditEvent).where(or_(*watched))):
        found.append(
            HistoryLine(
                _aware(event.at),
                who(names, event.actor_id),
                event.action,
                event.table_name,
                event.row_id,
                event.detail,
            )
        )
    for table, ids in rows.items():
        if not ids:
            continue
        for old in session.exec(
            select(RecordHistory).where(
                RecordHistory.table_name == table, col(RecordHistory.row_id).in_(ids)
            )
        ):
            found.append(
                HistoryLine(
                    hlc_time(old.hlc),
                    who(names, old.author_id),
                    f"history.{old.kind}",
                    table,
                    old.row_id,
                    {"bundle": old.bundle_id} if old.bundle_id else {},
                )
            )
        for held in session.exec(
            select(HeldRecord).where(
                HeldRecord.table_name == table, col(HeldRecord.row_id).in_(ids)
            )
        ):
            found.append(
                HistoryLine(
                    _aware(held.held_at),
                    "",
                    "held",
                    table,
                    held.row_id,
                    {"reason": held.reason},
                )
            )
    related = session.exec(
        select(Inspection).where(
            or_(Inspection.revises_id == inspection.id, Inspection.id == inspection.revises_id)
        )
    )
    for other in related:
        replaced_by = other.revises_id == inspection.id
        newer = other if replaced_by else inspection
        found.append(
            HistoryLine(
                hlc_time(newer.hlc),
                who(names, newer.author_id),
                "revision.replaced_by" if replaced_by else "revision.replaces",
                "inspection",
                inspection.id,
                {"revision": other.revision, "reason": newer.revision_reason},
            )
        )
    found.append(
        HistoryLine(
            hlc_time(inspection.hlc),
            who(names, inspection.author_id),
            "version.current",
            "inspection",
            inspection.id,
            {"status": inspection.status},
        )
    )
    epoch = dt.datetime.min.replace(tzinfo=dt.UTC)
    found.sort(key=lambda line: line.at or epoch)
    return found


def inspection_detail(store: Store, inspection_id: str) -> InspectionDetail:
    """The sheet (every indicator of its standard) and the history of the sheet and its scores."""
    with store.reading() as session:
        inspection = session.get(Inspection, inspection_id)
        if inspection is None:
            raise UserError("找不到该考评表，它可能已被删除。")
        names = installation_names(session)
        photos = _photos(store, session, inspection.id)
        indicators = _indicators(session, inspection, photos, names)
        rows = {
            "inspection": {inspection.id},
            "indicatorscore": {i.score_id for i in indicators if i.score_id is not None},
            "photo": {p.photo_id for p in photos},
        }
        firm = session.get(Firm, inspection.firm_id)
        compound = session.get(Compound, inspection.compound_id)
        return InspectionDetail(
            inspection_id=inspection.id,
            quarter=inspection.quarter,
            firm=firm.name if firm is not None else "",
            compound=compound.name if compound is not None else "",
            inspected_on=inspection.inspected_on,
            inspector=who(names, inspection.inspector_id),
            method=inspection.method,
            status=inspection.status,
            revision=inspection.revision,
            revision_reason=inspection.revision_reason,
            submitted_at=_aware(inspection.submitted_at),
            note=inspection.note,
            indicators=indicators,
            photos=photos,
            history=_history(session, inspection, rows, names),
        )
