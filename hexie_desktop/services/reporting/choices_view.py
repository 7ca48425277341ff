"""What a report can be asked about: the quarters evaluated, the years graded, the firms summoned.

The reports screen offers these instead of free text, so a clerk picks a period that has results;
each is one small read.
"""

from dataclasses import dataclass

from sqlalchemy import select
from sqlmodel import col

from hexie_desktop.domain.quarters import Quarter
from hexie_desktop.services.evaluation.quarters import finalised_quarters
from hexie_desktop.services.store import Store
from hexie_desktop.storage.tables import CommunityGradeRecord, EvaluationRun, Firm, Interview


@dataclass(frozen=True)
class EvaluatedQuarter:
    quarter: str
    firms: int
    finalised: bool


@dataclass(frozen=True)
class SummonedFirm:
    """A firm with an interview (约谈) in a quarter: the subject of an interview notice."""

    credit_code: str
    name: str
    score: float


def evaluated_quarters(store: Store) -> list[EvaluatedQuarter]:
    """Every evaluated quarter, newest first, and whether its results are final."""
    with store.reading() as session:
        runs = session.execute(select(col(EvaluationRun.quarter), col(EvaluationRun.firms))).all()
        final = finalised_quarters(session)
    ordered = sorted(runs, key=lambda run: Quarter.parse(run[0]), reverse=True)
    return [EvaluatedQuarter(quarter, firms, quarter in final) for quarter, firms in ordered]


def graded_years(store: Store) -> list[int]:
    """The years with a stored community grading, newest first."""
    with store.reading() as session:
        years = session.execute(
            select(col(CommunityGradeRecord.year))
            .distinct()
            .order_by(col(CommunityGradeRecord.year).desc())
        ).scalars()
        return [int(year) for year in years]


def summoned_firms(store: Store, quarter: Quarter) -> list[SummonedFirm]:
    """The firms summoned for an interview in the quarter, lowest score first."""
    with store.reading() as session:
        rows = session.execute(
            select(col(Firm.credit_code), col(Firm.name), col(Interview.score))
            .join(Firm, col(Firm.id) == col(Interview.firm_id))
            .where(
                col(Interview.quarter) == str(quarter),
                col(Interview.deleted).is_(False),
                col(Firm.deleted).is_(False),
            )
            .order_by(col(Interview.score), col(Firm.name))
        ).all()
    return [SummonedFirm(code, name, score) for code, name, score in rows]
