"""What the quarter-results screen shows, read in one go: state, ranking, lists and chart data.

One read transaction gives it all, so the ranking, the lists and the charts agree even while a
merge or an evaluation commits on another connection.

Figures are the stored results of the last evaluation (results_view.py); nothing here
recomputes a score. The distribution counts stored scores into bands and the trend is the
database's average of each evaluated quarter's stored scores.
"""

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, union
from sqlmodel import Session, col, select

from hexie_desktop.domain.quarters import Quarter
from hexie_desktop.services.evaluation.drilldown_view import installation_names, part_names, who
from hexie_desktop.services.evaluation.quarters import quarter_status
from hexie_desktop.services.evaluation.results_view import (
    QuarterLists,
    ScoreTable,
    read_lists,
    read_scores,
)
from hexie_desktop.services.store import Store
from hexie_desktop.storage.tables import (
    Card,
    EvaluationRun,
    FirmQuarterScore,
    Inspection,
    Standard,
)

BAND_WIDTH = 10


def data_quarters(store: Store) -> list[str]:
    """Quarters with inspections, an evaluation or cards, newest first."""
    with store.reading() as session:
        rows = session.execute(
            union(
                select(col(Inspection.quarter)).where(col(Inspection.deleted).is_(False)),
                select(col(EvaluationRun.quarter)),
                select(col(Card.quarter)).where(col(Card.deleted).is_(False)),
            )
        )
        return sorted((str(q) for (q,) in rows), reverse=True)


@dataclass(frozen=True)
class QuarterState:
    quarter: str
    evaluated_at: dt.datetime | None
    evaluated_by: str
    policy_version: int | None
    standard_versions: str
    finalised: bool
    finalised_at: dt.datetime | None
    finalised_by: str
    reopen_reason: str


@dataclass(frozen=True)
class ScoreBand:
    low: float
    high: float
    firms: int


@dataclass(frozen=True)
class TrendPoint:
    quarter: str
    mean: float
    firms: int


@dataclass(frozen=True)
class QuarterResults:
    state: QuarterState
    scores: ScoreTable | None
    lists: QuarterLists | None
    part_names: dict[str, str]
    bands: list[ScoreBand]
    trend: list[TrendPoint]


def _utc(moment: dt.datetime | None) -> dt.datetime | None:
    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=dt.UTC)


def quarter_state(session: Session, quarter: Quarter) -> QuarterState:
    run = session.get(EvaluationRun, str(quarter))
    status = quarter_status(session, quarter)
    names = installation_names(session)
    return QuarterState(
        quarter=str(quarter),
        evaluated_at=_utc(run.evaluated_at) if run else None,
        evaluated_by=who(names, run.evaluated_by) if run else "",
        policy_version=run.policy_version if run else None,
        standard_versions=run.standard_versions if run else "",
        finalised=bool(status and status.finalised),
        finalised_at=_utc(status.finalised_at) if status else None,
        finalised_by=status.finalised_by if status else "",
        reopen_reason=status.reopen_reason if status else "",
    )


def score_bands(scores: list[float], width: int = BAND_WIDTH) -> list[ScoreBand]:
    """How many firms fall in each band [low, low + width) from 0 to 100; 100 joins the top band."""
    edges = list(range(0, 100, width))
    counts = dict.fromkeys(edges, 0)
    for score in scores:
        low = min(int(score // width) * width, edges[-1])
        counts[max(low, 0)] += 1
    return [ScoreBand(low, min(low + width, 100), counts[low]) for low in edges]


def score_trend(session: Session) -> list[TrendPoint]:
    """The mean stored score of every evaluated quarter, oldest first."""
    rows = session.execute(
        select(
            col(FirmQuarterScore.quarter),
            func.avg(FirmQuarterScore.score),
            func.count(),
        )
        .group_by(col(FirmQuarterScore.quarter))
        .order_by(col(FirmQuarterScore.quarter))
    )
    return [TrendPoint(q, float(mean), int(n)) for q, mean, n in rows]


def _service_part_names(session: Session) -> dict[str, str]:
    ids = set(
        session.exec(
            select(Standard.id).where(Standard.kind == "service", col(Standard.deleted).is_(False))
        )
    )
    return part_names(session, ids)


def quarter_results(store: Store, quarter: Quarter) -> QuarterResults:
    """Everything the results screen shows for a quarter; an unevaluated one has no tables."""
    with store.reading() as session:
        state = quarter_state(session, quarter)
        trend = score_trend(session)
        names = _service_part_names(session)
        if state.evaluated_at is None:
            return QuarterResults(state, None, None, names, score_bands([]), trend)
        table = read_scores(session, quarter)
        lists = read_lists(session, quarter, table.freshness)
    return QuarterResults(
        state, table, lists, names, score_bands([row.score for row in table.rows]), trend
    )
