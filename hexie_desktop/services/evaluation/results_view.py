"""Reading a quarter's stored results: scores with ranks, red/black lists, cards, interviews.

The read models are typed and keep the database's full precision; `as_dict` is the one place
that turns them into the `--json` documents, rounding figures to two decimals (half to even,
Python's `round`). The `read_…` functions take the caller's session, so that a screen or a report
reading several of them sees one snapshot of the database.
"""

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from hexie_desktop.domain.bureau_time import day_start
from hexie_desktop.domain.errors import UserError
from hexie_desktop.domain.evaluation.complaints import HotTopic, hot_topics, week_bounds
from hexie_desktop.domain.evaluation.scores import annual_score
from hexie_desktop.domain.quarters import Quarter
from hexie_desktop.services.evaluation.freshness import Freshness, freshness
from hexie_desktop.services.evaluation.inputs import load_firms
from hexie_desktop.services.store import Store
from hexie_desktop.storage.tables import (
    Card,
    Complaint,
    EarlyWarningRecord,
    EvaluationRun,
    FirmListEntry,
    FirmQuarterScore,
    Interview,
)

DECIMALS = 2


def _r(value: float | None) -> float | None:
    return None if value is None else round(value, DECIMALS)


def _require_run(session: Session, quarter: Quarter) -> EvaluationRun:
    run = session.get(EvaluationRun, str(quarter))
    if run is None:
        raise UserError(f"{quarter} 尚未考评。请先运行 hexie evaluate --quarter {quarter}")
    return run


def _freshness_keys(found: Freshness) -> dict[str, Any]:
    """What every quarter document says about whether its results still follow from the data."""
    return {"stale": found.stale, "status": found.label or "最新", "stale_reason": found.reason}


@dataclass(frozen=True)
class RankedFirm:
    """One firm's stored result of the quarter, at the database's full precision."""

    firm_id: str
    credit_code: str
    name: str
    score: float
    rank: int
    parts: dict[str, float]
    compounds_inspected: int
    raw_score: float
    deductions: float
    auto_deductions: float
    satisfaction: float | None
    households: int

    def as_dict(self) -> dict[str, Any]:
        return {
            "credit_code": self.credit_code,
            "name": self.name,
            "score": _r(self.score),
            "rank": self.rank,
            "parts": {code: _r(v) for code, v in self.parts.items()},
            "compounds_inspected": self.compounds_inspected,
            "raw_score": _r(self.raw_score),
            "deductions": _r(self.deductions),
            "auto_deductions": _r(self.auto_deductions),
            "satisfaction": _r(self.satisfaction),
            "households": self.households,
        }


@dataclass(frozen=True)
class ScoreTable:
    """The ranking `hexie scores` prints, in rank order, and the evaluation that stored it."""

    run: EvaluationRun
    rows: list[RankedFirm]
    freshness: Freshness = Freshness(False)

    def ranks(self) -> dict[str, int]:
        """Each ranked firm's rank, by credit code."""
        return {row.credit_code: row.rank for row in self.rows}

    def as_dict(self) -> dict[str, Any]:
        return {
            "quarter": self.run.quarter,
            **_freshness_keys(self.freshness),
            "policy_version": self.run.policy_version,
            "standard_versions": self.run.standard_versions,
            "evaluated_at": self.run.evaluated_at.isoformat(),
            "firms": [row.as_dict() for row in self.rows],
        }


def read_scores(session: Session, quarter: Quarter) -> ScoreTable:
    """The quarter's ranking as read in `session`, so that a view can read more beside it."""
    run = _require_run(session, quarter)
    firms = load_firms(session)
    rows = session.exec(
        select(FirmQuarterScore)
        .where(FirmQuarterScore.quarter == str(quarter))
        .order_by(col(FirmQuarterScore.rank))
    )
    ranked = []
    for r in rows:
        code, name = firms.get(r.firm_id, ("", ""))
        ranked.append(
            RankedFirm(
                firm_id=r.firm_id,
                credit_code=code,
                name=name,
                score=r.score,
                rank=r.rank,
                parts=dict(r.parts),
                compounds_inspected=r.compounds_inspected,
                raw_score=r.raw_score,
                deductions=r.deductions,
                auto_deductions=r.auto_deductions,
                satisfaction=r.satisfaction,
                households=r.households,
            )
        )
    return ScoreTable(run, ranked, freshness(session, quarter))


def quarter_scores(store: Store, quarter: Quarter) -> ScoreTable:
    with store.reading() as session:
        return read_scores(session, quarter)


@dataclass(frozen=True)
class ListPlace:
    """A firm's place on the red or the black list, and the rule that put it there."""

    credit_code: str
    name: str
    score: float | None
    position: int
    metric: float | None
    red_card: bool
    rule: str
    credit_grade: str | None

    def as_dict(self) -> dict[str, Any]:
        return {
            "credit_code": self.credit_code,
            "name": self.name,
            "score": _r(self.score),
            "position": self.position,
            "metric": _r(self.metric),
            "red_card": self.red_card,
            "rule": self.rule,
            "credit_grade": self.credit_grade,
        }


@dataclass(frozen=True)
class CardInForce:
    """A yellow or red card of the quarter that has not been revoked."""

    id: str
    credit_code: str
    name: str
    color: str
    reason: str
    deduction: float
    automatic: bool
    issued_on: dt.date

    def as_dict(self) -> dict[str, Any]:
        return {
            "credit_code": self.credit_code,
            "name": self.name,
            "color": self.color,
            "reason": self.reason,
            "deduction": self.deduction,
            "automatic": self.automatic,
            "issued_on": self.issued_on.isoformat(),
            "id": self.id,
        }


@dataclass(frozen=True)
class InterviewDue:
    """A sub-60 interview of the quarter and how far it has gone."""

    id: str
    credit_code: str
    name: str
    score: float
    status: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "credit_code": self.credit_code,
            "name": self.name,
            "score": _r(self.score),
            "status": self.status,
            "id": self.id,
        }


@dataclass(frozen=True)
class WarningRaised:
    """An early warning (预警) the evaluation stored for a firm."""

    credit_code: str
    name: str
    kind: str
    score: float
    previous: float
    projected: float

    def as_dict(self) -> dict[str, Any]:
        return {
            "credit_code": self.credit_code,
            "name": self.name,
            "kind": self.kind,
            "score": _r(self.score),
            "previous": _r(self.previous),
            "projected": _r(self.projected),
        }


@dataclass(frozen=True)
class QuarterLists:
    """What `hexie lists` prints: the lists, the cards in force, interviews and warnings."""

    quarter: str
    red: list[ListPlace]
    black: list[ListPlace]
    cards: list[CardInForce]
    interviews: list[InterviewDue]
    warnings: list[WarningRaised]
    freshness: Freshness = Freshness(False)

    def as_dict(self) -> dict[str, Any]:
        return {
            "quarter": self.quarter,
            **_freshness_keys(self.freshness),
            "red": [e.as_dict() for e in self.red],
            "black": [e.as_dict() for e in self.black],
            "cards": [c.as_dict() for c in self.cards],
            "interviews": [i.as_dict() for i in self.interviews],
            "warnings": [w.as_dict() for w in self.warnings],
        }


def read_lists(session: Session, quarter: Quarter, known: Freshness | None = None) -> QuarterLists:
    """The lists, the quarter's cards in force, its interviews and early warnings.

    `known` is the quarter's freshness when the caller has just read it with its scores.
    """
    q = str(quarter)
    _require_run(session, quarter)
    firms = load_firms(session)
    rows = session.execute(
        select(FirmQuarterScore.firm_id, FirmQuarterScore.score).where(
            FirmQuarterScore.quarter == q
        )
    )
    scores = {firm_id: score for firm_id, score in rows}

    def firm(firm_id: str) -> tuple[str, str]:
        return firms.get(firm_id, ("", ""))

    lists: dict[str, list[ListPlace]] = defaultdict(list)
    for entry in session.exec(
        select(FirmListEntry)
        .where(FirmListEntry.quarter == q)
        .order_by(col(FirmListEntry.list_kind), col(FirmListEntry.position))
    ):
        lists[entry.list_kind].append(
            ListPlace(
                *firm(entry.firm_id),
                score=scores.get(entry.firm_id),
                position=entry.position,
                metric=entry.metric,
                red_card=entry.red_card,
                rule=entry.rule,
                credit_grade=entry.credit_grade,
            )
        )
    cards = [
        CardInForce(
            c.id,
            *firm(c.firm_id),
            color=c.color,
            reason=c.reason,
            deduction=c.deduction,
            automatic=c.automatic,
            issued_on=c.issued_on,
        )
        for c in session.exec(
            select(Card)
            .where(Card.quarter == q, col(Card.deleted).is_(False), col(Card.revoked_on).is_(None))
            .order_by(col(Card.color), col(Card.issued_on), col(Card.id))
        )
    ]
    interviews = [
        InterviewDue(i.id, *firm(i.firm_id), score=i.score, status=i.status)
        for i in session.exec(
            select(Interview)
            .where(Interview.quarter == q, col(Interview.deleted).is_(False))
            .order_by(col(Interview.score), col(Interview.firm_id))
        )
    ]
    warnings = [
        WarningRaised(
            *firm(w.firm_id), kind=w.kind, score=w.score, previous=w.previous, projected=w.projected
        )
        for w in session.exec(
            select(EarlyWarningRecord)
            .where(EarlyWarningRecord.quarter == q)
            .order_by(col(EarlyWarningRecord.firm_id), col(EarlyWarningRecord.kind))
        )
    ]
    found = known if known is not None else freshness(session, quarter)
    return QuarterLists(q, lists["red"], lists["black"], cards, interviews, warnings, found)


def quarter_lists(store: Store, quarter: Quarter) -> QuarterLists:
    with store.reading() as session:
        return read_lists(session, quarter)


def read_annual_scores(session: Session, year: int) -> dict[str, float]:
    """Per firm, the mean of the quarterly scores it has in the year (quarters evaluated)."""
    by_firm: dict[str, list[float]] = defaultdict(list)
    rows = session.execute(
        select(FirmQuarterScore.firm_id, FirmQuarterScore.score).where(
            col(FirmQuarterScore.quarter).startswith(f"{year}Q")
        )
    )
    for firm_id, score in rows:
        by_firm[firm_id].append(score)
    return {
        firm_id: value
        for firm_id, scores in by_firm.items()
        if (value := annual_score(scores)) is not None
    }


def annual_scores(store: Store, year: int) -> dict[str, float]:
    with store.reading() as session:
        return read_annual_scores(session, year)


def weekly_hot_topics(store: Store, day: dt.date) -> list[HotTopic]:
    """The hot-topic table of the week (Monday to Sunday, bureau time) that contains `day`."""
    monday, next_monday = week_bounds(day)
    start = day_start(monday)
    end = day_start(next_monday)
    with store.reading() as session:
        rows = session.execute(
            select(col(Complaint.category), func.count())
            .where(
                col(Complaint.received_at) >= start,
                col(Complaint.received_at) < end,
                col(Complaint.deleted).is_(False),
            )
            .group_by(col(Complaint.category))
        )
        return hot_topics({category: int(n) for category, n in rows})
