"""Whether a quarter's stored results still follow from what they were computed from.

Every evaluation records a stamp of its inputs: the quarter's inspections and their indicator
scores, surveys and complaint tickets, the cards and credit entries up to the quarter, the
compounds (households) and firms, and the policy version in force. Every synced row gets a new
hybrid-clock value on every edit, delete or merge that changes it, so a count and a sum of the
`hlc` column per table change whenever any row does. A quarter whose inputs no longer give the
recorded stamp, or that follows an earlier evaluated quarter that is itself out of date (its
cards, previous scores and escalations feed the later one), is *stale*: every place that shows
its results says "待重新考评" until a clerk evaluates again. A finalised quarter is the bureau's
record by decision and is never reported stale: its inputs cannot change without reopening it.
"""

import hashlib
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlmodel import Session, col

from hexie_desktop.domain.quarters import Quarter
from hexie_desktop.domain.states import InspectionStatus
from hexie_desktop.services.evaluation.inputs import (
    HLC_MODULUS,
    live_scores,
    load_policy,
    quarter_bounds,
)
from hexie_desktop.services.evaluation.quarters import finalised_quarters
from hexie_desktop.storage.tables import (
    Card,
    Complaint,
    Compound,
    CreditEntry,
    EvaluationRun,
    Firm,
    Indicator,
    IndicatorScore,
    Inspection,
    Survey,
)

STALE_LABEL = "待重新考评"


@dataclass(frozen=True)
class Freshness:
    """A quarter's results against its inputs; `reason` says in Chinese why they are stale."""

    stale: bool
    reason: str = ""

    @property
    def label(self) -> str:
        return STALE_LABEL if self.stale else ""


def _tally(table: Any, *where: Any) -> Select[int, Any]:
    return select(func.count(), func.sum(col(table.hlc) % HLC_MODULUS)).where(*where)


def score_stamps(session: Session, quarters: Collection[str]) -> dict[str, tuple[int, int]]:
    """Per quarter, count and hlc sum of the indicator scores `load_sheets` reads (one scan)."""
    rows = session.execute(
        select(
            col(Inspection.quarter), func.count(), func.sum(col(IndicatorScore.hlc) % HLC_MODULUS)
        )
        .join_from(
            IndicatorScore, Inspection, col(IndicatorScore.inspection_id) == col(Inspection.id)
        )
        .join(Indicator, col(Indicator.id) == col(IndicatorScore.indicator_id))
        .where(
            col(Inspection.quarter).in_(quarters),
            col(Inspection.status) == InspectionStatus.SUBMITTED,
            col(Inspection.deleted).is_(False),
            *live_scores(),
        )
        .group_by(col(Inspection.quarter))
    )
    found = {q: (int(count), int(total or 0)) for q, count, total in rows}
    return {q: found.get(q, (0, 0)) for q in quarters}


def inputs_stamp(session: Session, quarter: Quarter, scores: tuple[int, int] | None = None) -> str:
    """The stamp of everything the evaluation of `quarter` reads (see the module docstring).

    `scores` is the indicator-score part when the caller has just read it (`load_sheets`
    counts it while summing the sheets), which spares a scan of the quarter's scores.
    """
    q = str(quarter)
    start, end = quarter_bounds(quarter)
    # Drafts never count, so editing one leaves the results as they are.
    submitted = (col(Inspection.quarter) == q, col(Inspection.status) == InspectionStatus.SUBMITTED)
    queries = (
        _tally(Inspection, *submitted),
        _tally(Survey, col(Survey.quarter) == q),
        _tally(Complaint, col(Complaint.received_at) >= start, col(Complaint.received_at) < end),
        _tally(Card, col(Card.quarter) <= q),
        _tally(
            CreditEntry,
            or_(
                col(CreditEntry.quarter) <= q,
                col(CreditEntry.quarter).is_(None)
                & (col(CreditEntry.recorded_on) <= quarter.last_day),
            ),
        ),
        _tally(Compound),
        _tally(Firm),
    )
    parts: list[Any] = [tuple(session.execute(query).one()) for query in queries]
    parts.append(scores if scores is not None else score_stamps(session, [q])[q])
    parts.append(load_policy(session, q)[1])
    return hashlib.sha256(repr(parts).encode()).hexdigest()


def record_stamps(session: Session, scores: Mapping[Quarter, tuple[int, int]]) -> None:
    """Stamp the runs just written, once every quarter of the sequence has been evaluated;
    `scores` holds each quarter's indicator-score part as its evaluation read it."""
    for quarter, score_part in scores.items():
        run = session.get(EvaluationRun, str(quarter))
        if run is not None:
            run.inputs_stamp = inputs_stamp(session, quarter, score_part)
            session.add(run)
    session.flush()


def freshness(session: Session, quarter: Quarter) -> Freshness:
    """Stale when this or an earlier evaluated, open quarter no longer matches its stamp."""
    frozen = finalised_quarters(session)
    if str(quarter) in frozen:
        return Freshness(False)
    runs = [
        (q, stamp)
        for q, stamp in session.execute(
            select(col(EvaluationRun.quarter), col(EvaluationRun.inputs_stamp))
            .where(col(EvaluationRun.quarter) <= str(quarter))
            .order_by(col(EvaluationRun.quarter))
        )
        if q not in frozen
    ]
    scores = score_stamps(session, [q for q, _ in runs])
    for q, stamp in runs:
        if stamp is None or stamp != inputs_stamp(session, Quarter.parse(q), scores[q]):
            if q == str(quarter):
                return Freshness(True, f"{q} 考评后，其考评表、投诉、满意度、牌或主数据已有变化")
            return Freshness(True, f"此前的 {q} 考评后数据已有变化，本季度结果随之待更新")
    return Freshness(False)
