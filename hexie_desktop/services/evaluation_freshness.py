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
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlmodel import Session, col

from hexie_desktop.domain.quarters import Quarter
from hexie_desktop.services.evaluation_inputs import load_policy, quarter_bounds
from hexie_desktop.services.quarters import finalised_quarters
from hexie_desktop.storage.tables import (
    Card,
    Complaint,
    Compound,
    CreditEntry,
    EvaluationRun,
    Firm,
    IndicatorScore,
    Inspection,
    Survey,
)

STALE_LABEL = "待重新考评"
# hlc values are 64-bit; summing them modulo a prime keeps the sum within SQL integers.
_MODULUS = 1_000_000_007


@dataclass(frozen=True)
class Freshness:
    """A quarter's results against its inputs; `reason` says in Chinese why they are stale."""

    stale: bool
    reason: str = ""

    @property
    def label(self) -> str:
        return STALE_LABEL if self.stale else ""


def _tally(table: Any, *where: Any) -> Select[int, Any]:
    return select(func.count(), func.sum(col(table.hlc) % _MODULUS)).where(*where)


def inputs_stamp(session: Session, quarter: Quarter) -> str:
    """The stamp of everything the evaluation of `quarter` reads (see the module docstring)."""
    q = str(quarter)
    start, end = quarter_bounds(quarter)
    # Drafts never count, so editing one leaves the results as they are.
    submitted = (col(Inspection.quarter) == q, col(Inspection.status) == "submitted")
    quarter_inspections = select(col(Inspection.id)).where(*submitted)
    queries = (
        _tally(Inspection, *submitted),
        _tally(IndicatorScore, col(IndicatorScore.inspection_id).in_(quarter_inspections)),
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
    parts: list[Any] = [session.execute(query).one() for query in queries]
    parts.append(load_policy(session, q)[1])
    return hashlib.sha256(repr(parts).encode()).hexdigest()


def record_stamps(session: Session, quarters: Iterable[Quarter]) -> None:
    """Stamp the runs just written, once every quarter of the sequence has been evaluated."""
    for quarter in quarters:
        run = session.get(EvaluationRun, str(quarter))
        if run is not None:
            run.inputs_stamp = inputs_stamp(session, quarter)
            session.add(run)
    session.flush()


def freshness(session: Session, quarter: Quarter) -> Freshness:
    """Stale when this or an earlier evaluated, open quarter no longer matches its stamp."""
    frozen = finalised_quarters(session)
    if str(quarter) in frozen:
        return Freshness(False)
    runs = session.execute(
        select(col(EvaluationRun.quarter), col(EvaluationRun.inputs_stamp))
        .where(col(EvaluationRun.quarter) <= str(quarter))
        .order_by(col(EvaluationRun.quarter))
    ).all()
    for q, stamp in runs:
        if q in frozen:
            continue
        if stamp is None or stamp != inputs_stamp(session, Quarter.parse(q)):
            if q == str(quarter):
                return Freshness(True, f"{q} 考评后，其考评表、投诉、满意度、牌或主数据已有变化")
            return Freshness(True, f"此前的 {q} 考评后数据已有变化，本季度结果随之待更新")
    return Freshness(False)
