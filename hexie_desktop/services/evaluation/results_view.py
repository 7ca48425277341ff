"""Reading a quarter's stored results: scores with ranks, red/black lists, cards, interviews.

Figures keep full precision in the database; `as_dict` rounds them to two decimals (half to
even, Python's `round`) for JSON and display.
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
class ScoreTable:
    run: EvaluationRun
    rows: list[FirmQuarterScore]
    firms: dict[str, tuple[str, str]]
    freshness: Freshness = Freshness(False)

    def as_dict(self) -> dict[str, Any]:
        return {
            "quarter": self.run.quarter,
            **_freshness_keys(self.freshness),
            "policy_version": self.run.policy_version,
            "standard_versions": self.run.standard_versions,
            "evaluated_at": self.run.evaluated_at.isoformat(),
            "firms": [
                {
                    "credit_code": self.firms.get(r.firm_id, ("", ""))[0],
                    "name": self.firms.get(r.firm_id, ("", ""))[1],
                    "score": _r(r.score),
                    "rank": r.rank,
                    "parts": {code: _r(v) for code, v in r.parts.items()},
                    "compounds_inspected": r.compounds_inspected,
                    "raw_score": _r(r.raw_score),
                    "deductions": _r(r.deductions),
                    "auto_deductions": _r(r.auto_deductions),
                    "satisfaction": _r(r.satisfaction),
                    "households": r.households,
                }
                for r in self.rows
            ],
        }


def quarter_scores(store: Store, quarter: Quarter) -> ScoreTable:
    with store.reading() as session:
        run = _require_run(session, quarter)
        rows = session.exec(
            select(FirmQuarterScore)
            .where(FirmQuarterScore.quarter == str(quarter))
            .order_by(col(FirmQuarterScore.rank))
        ).all()
        return ScoreTable(run, list(rows), load_firms(session), freshness(session, quarter))


@dataclass(frozen=True)
class QuarterLists:
    quarter: str
    red: list[dict[str, Any]]
    black: list[dict[str, Any]]
    cards: list[dict[str, Any]]
    interviews: list[dict[str, Any]]
    warnings: list[dict[str, Any]]
    freshness: Freshness = Freshness(False)

    def as_dict(self) -> dict[str, Any]:
        return {
            "quarter": self.quarter,
            **_freshness_keys(self.freshness),
            "red": self.red,
            "black": self.black,
            "cards": self.cards,
            "interviews": self.interviews,
            "warnings": self.warnings,
        }


def quarter_lists(store: Store, quarter: Quarter, known: Freshness | None = None) -> QuarterLists:
    """The lists, the quarter's cards in force, its interviews and early warnings.

    `known` is the quarter's freshness when the caller has just read it with its scores.
    """
    q = str(quarter)
    with store.reading() as session:
        _require_run(session, quarter)
        firms = load_firms(session)
        rows = session.execute(
            select(FirmQuarterScore.firm_id, FirmQuarterScore.score).where(
                FirmQuarterScore.quarter == q
            )
        )
        scores = {firm_id: score for firm_id, score in rows}

        def firm(firm_id: str) -> dict[str, Any]:
            code, name = firms.get(firm_id, ("", ""))
            return {"credit_code": code, "name": name}

        lists: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for entry in session.exec(
            select(FirmListEntry)
            .where(FirmListEntry.quarter == q)
            .order_by(col(FirmListEntry.list_kind), col(FirmListEntry.position))
        ):
            lists[entry.list_kind].append(
                firm(entry.firm_id)
                | {
                    "score": _r(scores.get(entry.firm_id)),
                    "position": entry.position,
                    "metric": _r(entry.metric),
                    "red_card": entry.red_card,
                    "rule": entry.rule,
                    "credit_grade": entry.credit_grade,
                }
            )
        cards = [
            firm(c.firm_id)
            | {
                "color": c.color,
                "reason": c.reason,
                "deduction": c.deduction,
                "automatic": c.automatic,
                "issued_on": c.issued_on.isoformat(),
                "id": c.id,
            }
            for c in session.exec(
                select(Card)
                .where(
                    Card.quarter == q, col(Card.deleted).is_(False), col(Card.revoked_on).is_(None)
                )
                .order_by(col(Card.color), col(Card.issued_on), col(Card.id))
            )
        ]
        interviews = [
            firm(i.firm_id) | {"score": _r(i.score), "status": i.status, "id": i.id}
            for i in session.exec(
                select(Interview)
                .where(Interview.quarter == q, col(Interview.deleted).is_(False))
                .order_by(col(Interview.score), col(Interview.firm_id))
            )
        ]
        warnings = [
            firm(w.firm_id)
            | {"kind": w.kind, "score": _r(w.score), "previous": _r(w.previous)}
            | {"projected": _r(w.projected)}
            for w in session.exec(
                select(EarlyWarningRecord)
                .where(EarlyWarningRecord.quarter == q)
                .order_by(col(EarlyWarningRecord.firm_id), col(EarlyWarningRecord.kind))
            )
        ]
        found = known if known is not None else freshness(session, quarter)
    return QuarterLists(q, lists["red"], lists["black"], cards, interviews, warnings, found)


def annual_scores(store: Store, year: int) -> dict[str, float]:
    """Per firm, the mean of the quarterly scores it has in the year (quarters evaluated)."""
    by_firm: dict[str, list[float]] = defaultdict(list)
    with store.reading() as session:
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
