"""What the evaluation of a quarter reads, in a handful of aggregate queries.

A city holds about half a million indicator scores per quarter, so nothing here loads rows as
ORM objects: the database sums each inspection's scores per part (each score clamped to 0…its
indicator's maximum), counts tickets and survey answers per firm, and hands back plain tuples
for the pure rules in domain/evaluation.
"""

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, Select, case, func, literal_column, select
from sqlalchemy.orm import Mapped
from sqlmodel import Session, col

from hexie_desktop.domain.bureau_time import day_start
from hexie_desktop.domain.errors import UserError
from hexie_desktop.domain.evaluation.complaints import TicketCounts
from hexie_desktop.domain.evaluation.policy import SURVEY_ANSWERS, EvaluationPolicy, parse_policy
from hexie_desktop.domain.evaluation.sheet import PartTally
from hexie_desktop.domain.quarters import Quarter
from hexie_desktop.domain.states import InspectionStatus
from hexie_desktop.storage.tables import (
    Card,
    Complaint,
    Compound,
    CreditEntry,
    Firm,
    Indicator,
    IndicatorScore,
    Inspection,
    Policy,
    Standard,
    StandardPart,
    Survey,
)

# Quarters begin at midnight in the bureau's time (China Standard Time, no daylight saving).
# Bad-behaviour deductions of a quarter: clerks' cards and these credit entries. Entries the
# evaluation writes itself (source "evaluation") never feed back into the score they came from.
DEDUCTION_SOURCES = ("manual", "complaint")


def load_policy(session: Session, period: str) -> tuple[EvaluationPolicy, int]:
    """The highest policy version in force for a quarter (`2026Q1`) or a year (`2026`)."""
    rows = session.execute(
        select(col(Policy.version), col(Policy.effective_from), col(Policy.body))
        .where(col(Policy.deleted).is_(False))
        .order_by(col(Policy.version).desc())
    ).all()
    for version, effective_from, body in rows:
        if effective_from[: len(period)] <= period:
            return parse_policy(body), version
    raise UserError(
        f"没有适用于 {period} 的考评政策。请先安装政策（如运行 hexie demo --master-only，"
        "或导入工作人员下发的主数据包）。"
    )


@dataclass
class StandardParts:
    """Part codes and maxima of every standard the quarter's sheets used."""

    part_of: dict[str, tuple[str, str]] = field(default_factory=dict)
    maxima: dict[str, dict[str, float]] = field(default_factory=dict)
    versions: dict[str, int] = field(default_factory=dict)

    def version_label(self) -> str:
        return ",".join(str(v) for v in sorted(set(self.versions.values())))


def load_parts(session: Session, standard_ids: set[str]) -> StandardParts:
    parts = StandardParts()
    if not standard_ids:
        return parts
    rows = session.execute(
        select(
            col(StandardPart.id),
            col(StandardPart.standard_id),
            col(StandardPart.code),
            col(StandardPart.max_points),
        )
        .where(col(StandardPart.standard_id).in_(standard_ids))
        .order_by(col(StandardPart.standard_id), col(StandardPart.position))
    )
    for part_id, standard_id, code, maximum in rows:
        parts.part_of[part_id] = (standard_id, code)
        parts.maxima.setdefault(standard_id, {})[code] = maximum
    for standard_id, version in session.execute(
        select(col(Standard.id), col(Standard.version)).where(col(Standard.id).in_(standard_ids))
    ):
        parts.versions[standard_id] = version
    return parts


class SheetRow(NamedTuple):
    inspection_id: str
    compound_id: str
    firm_id: str
    standard_id: str
    order: tuple[str, int]


# hlc values are 64-bit; summing them modulo a prime keeps sums within SQL integers.
HLC_MODULUS = 1_000_000_007


@dataclass
class SheetInputs:
    sheets: dict[str, SheetRow]
    tallies: dict[str, dict[str, PartTally]]
    parts: StandardParts
    submitted: int
    # Count and hlc sum of the indicator scores read: part of the run's input stamp.
    score_stamp: tuple[int, int] = (0, 0)


def counted_points(
    score: ColumnElement[Any] | Mapped[Any], maximum: ColumnElement[Any] | Mapped[Any]
) -> ColumnElement[Any]:
    """`domain.evaluation.sheet.counted_score` in SQL: a score clamped to 0…maximum, so that what
    the database sums is what the sheet shows."""
    return case((score > maximum, maximum), (score < 0, 0.0), else_=score)


def live_scores() -> tuple[ColumnElement[bool], ...]:
    """The indicator scores the evaluation reads, besides those of live inspections."""
    return (col(IndicatorScore.deleted).is_(False), col(IndicatorScore.score).is_not(None))


def live_inspections(quarter: Quarter) -> tuple[ColumnElement[bool], ...]:
    return (
        col(Inspection.quarter) == str(quarter),
        col(Inspection.status) == InspectionStatus.SUBMITTED,
        col(Inspection.deleted).is_(False),
    )


def _inspection_key(session: Session) -> ColumnElement[Any]:
    # SQLite walks the quarter index in rowid order, so grouping by rowid streams instead of
    # sorting half a million rows (three times faster); other databases group by the key.
    sqlite = session.get_bind().dialect.name == "sqlite"
    return literal_column("inspection.rowid" if sqlite else "inspection.id")


def superseded_inspections() -> Select[Any]:
    """Ids of inspections replaced by a submitted revision: a draft correction replaces nothing yet."""
    return select(col(Inspection.revises_id)).where(
        col(Inspection.revises_id).is_not(None),
        col(Inspection.status) == InspectionStatus.SUBMITTED,
        col(Inspection.deleted).is_(False),
    )


def load_sheets(session: Session, quarter: Quarter, firm_id: str | None = None) -> SheetInputs:
    """Every submitted, not superseded inspection of the quarter with its per-part sums.

    With `firm_id`, only that firm's: what the drill-down needs, read from the firm's own rows
    rather than the quarter's, so that it stays quick however large the city grows.
    """
    conn = session.connection()
    key = _inspection_key(session)
    live = live_inspections(quarter)
    if firm_id is not None:
        live = (*live, col(Inspection.firm_id) == firm_id)
    heads = conn.execute(
        select(
            key,
            col(Inspection.id),
            col(Inspection.compound_id),
            col(Inspection.firm_id),
            col(Inspection.standard_id),
            col(Inspection.inspected_on),
            col(Inspection.hlc),
            col(Inspection.revises_id),
        ).where(*live)
    ).all()
    superseded = (
        {h[7] for h in heads if h[7] is not None}
        if firm_id is None
        else set(
            conn.execute(
                select(col(Inspection.revises_id)).where(
                    *live_inspections(quarter), col(Inspection.revises_id).is_not(None)
                )
            ).scalars()
        )
    )
    sheets = {
        row_key: SheetRow(insp_id, compound_id, firm_id, standard_id, (str(on), int(hlc)))
        for row_key, insp_id, compound_id, firm_id, standard_id, on, hlc, _ in heads
        if insp_id not in superseded
    }
    parts = load_parts(session, {s.standard_id for s in sheets.values()})
    part_ids = list(parts.part_of)
    clamped = counted_points(col(IndicatorScore.score), col(Indicator.max_points))
    sums = []
    for part_id in part_ids:
        in_part = col(Indicator.part_id) == part_id
        sums += [
            func.sum(case((in_part, clamped))),
            func.sum(case((in_part, col(Indicator.max_points)))),
        ]
    rows = conn.execute(
        select(key, func.count(), func.sum(col(IndicatorScore.hlc) % HLC_MODULUS), *sums)
        .join_from(
            Inspection, IndicatorScore, col(IndicatorScore.inspection_id) == col(Inspection.id)
        )
        .join(Indicator, col(Indicator.id) == col(IndicatorScore.indicator_id))
        .where(*live, *live_scores())
        .group_by(key)
    )
    codes = [(2 * n + 2, parts.part_of[part_id][1]) for n, part_id in enumerate(part_ids)]
    tallies: dict[str, dict[str, PartTally]] = {}
    counted = summed = 0
    for values in rows:
        counted, summed = counted + int(values[1]), summed + int(values[2] or 0)
        sheet = sheets.get(values[0])
        if sheet is not None:
            tallies[sheet.inspection_id] = {
                code: PartTally(values[n + 1], values[n + 2]) for n, code in codes if values[n + 2]
            }
    return SheetInputs(
        {s.inspection_id: s for s in sheets.values()},
        tallies,
        parts,
        len(sheets),
        (counted, summed),
    )


def load_firms(session: Session) -> dict[str, tuple[str, str]]:
    """Firm id → (credit code, name)."""
    rows = session.connection().execute(select(col(Firm.id), col(Firm.credit_code), col(Firm.name)))
    return {fid: (code, name) for fid, code, name in rows}


def load_households(session: Session) -> dict[str, int]:
    rows = session.connection().execute(select(col(Compound.id), col(Compound.households)))
    return {key: value for key, value in rows}


def quarter_bounds(quarter: Quarter) -> tuple[dt.datetime, dt.datetime]:
    start = day_start(quarter.first_day)
    end = day_start(quarter.next().first_day)
    return start, end


def _flag(condition: ColumnElement[bool]) -> ColumnElement[int]:
    return func.sum(case((condition, 1), else_=0))


def load_ticket_counts(
    session: Session, quarter: Quarter, redo_escalation: int
) -> dict[str, TicketCounts]:
    """Per firm, the counts of the tickets received in the quarter (see domain complaints.py)."""
    start, end = quarter_bounds(quarter)
    accepted = col(Complaint.accepted).is_(True)
    rows = session.execute(
        select(
            col(Complaint.firm_id),
            func.count(),
            _flag(accepted),
            _flag(accepted & col(Complaint.resolved).is_(True)),
            _flag(
                accepted
                & col(Complaint.closed_at).is_not(None)
                & (col(Complaint.closed_at) <= col(Complaint.due_at))
            ),
            _flag(col(Complaint.resident_satisfied).is_not(None)),
            _flag(col(Complaint.resident_satisfied).is_(True)),
            _flag(accepted & (col(Complaint.redo_count) >= 1)),
            _flag(col(Complaint.redo_count) >= redo_escalation),
        )
        .where(
            col(Complaint.received_at) >= start,
            col(Complaint.received_at) < end,
            col(Complaint.deleted).is_(False),
        )
        .group_by(col(Complaint.firm_id))
    )
    return {row[0]: TicketCounts(*(int(v or 0) for v in row[1:])) for row in rows}


def load_satisfaction(
    session: Session, quarter: Quarter, policy: EvaluationPolicy
) -> dict[str, float]:
    """Per firm, owner satisfaction 0–100: answers weighted by the policy, pooled over surveys."""
    columns = [func.sum(getattr(Survey, answer)) for answer in SURVEY_ANSWERS]
    rows = session.execute(
        select(col(Survey.firm_id), *columns)
        .where(col(Survey.quarter) == str(quarter), col(Survey.deleted).is_(False))
        .group_by(col(Survey.firm_id))
    )
    result = {}
    for firm_id, *counts in rows:
        answered = sum(int(c or 0) for c in counts)
        if answered:
            weighted = sum(
                int(c or 0) * policy.satisfaction_weights[a]
                for c, a in zip(counts, SURVEY_ANSWERS, strict=True)
            )
            result[firm_id] = weighted / answered
    return result


def load_deductions(session: Session, quarter: Quarter) -> dict[str, float]:
    """Per firm, the quarter's bad-behaviour deductions (see DEDUCTION_SOURCES)."""
    totals: dict[str, float] = defaultdict(float)
    cards = session.execute(
        select(col(Card.firm_id), func.sum(Card.deduction))
        .where(
            col(Card.quarter) == str(quarter),
            col(Card.deleted).is_(False),
            col(Card.automatic).is_(False),
            col(Card.revoked_on).is_(None),
        )
        .group_by(col(Card.firm_id))
    )
    entries = session.execute(
        select(col(CreditEntry.firm_id), func.sum(CreditEntry.points))
        .where(
            col(CreditEntry.quarter) == str(quarter),
            col(CreditEntry.kind) == "bad",
            col(CreditEntry.source).in_(DEDUCTION_SOURCES),
            col(CreditEntry.deleted).is_(False),
            col(CreditEntry.objection_state) != "upheld",
            col(CreditEntry.repaired_on).is_(None),
        )
        .group_by(col(CreditEntry.firm_id))
    )
    for firm_id, points in [*cards, *entries]:
        totals[firm_id] += float(points or 0.0)
    return dict(totals)
