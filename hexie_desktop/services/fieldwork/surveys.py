"""Recording an owner-satisfaction survey of a compound, and reading it back with its rates.

An inspector surveys a compound at most once a quarter: recording it again corrects the first
record (same row, restamped) instead of adding a second survey that would count twice.
"""

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session, col, select

from hexie_desktop.domain import bureau_time
from hexie_desktop.domain.errors import UserError
from hexie_desktop.domain.quarters import Quarter
from hexie_desktop.domain.surveys import (
    SurveyAnswers,
    SurveyRates,
    answers_problem,
    check_survey,
    date_problem,
    survey_rates,
)
from hexie_desktop.services.authoring import authoring
from hexie_desktop.services.changes import Changed, Changes
from hexie_desktop.services.evaluation.quarters import require_open
from hexie_desktop.services.master.records_view import Choice
from hexie_desktop.services.store import Store
from hexie_desktop.services.trust.identity import installation_row
from hexie_desktop.storage.audit import append_event
from hexie_desktop.storage.tables import Community, Compound, Contract, Firm, Street, Survey

__all__ = [
    "SavedSurvey",
    "SurveyAnswers",
    "SurveyForm",
    "SurveyRates",
    "SurveyRecord",
    "answers_problem",
    "compound_choices",
    "date_problem",
    "read_survey",
    "record_survey",
    "serving_firm",
    "survey_form",
    "survey_rates",
]


@dataclass(frozen=True)
class SurveyRecord:
    id: str
    compound_id: str
    firm_id: str
    quarter: str
    surveyed_on: dt.date
    answers: SurveyAnswers

    @property
    def rates(self) -> SurveyRates:
        return survey_rates(self.answers)


@dataclass(frozen=True)
class SavedSurvey:
    record: SurveyRecord
    created: bool


@dataclass(frozen=True)
class SurveyForm:
    """What the survey form shows before anything is typed: the compound, its firm, and the
    survey this installation already recorded for the quarter, if any."""

    compound_id: str
    compound_name: str
    firm_name: str
    existing: SurveyRecord | None


def record_of(row: Survey) -> SurveyRecord:
    return SurveyRecord(
        row.id,
        row.compound_id,
        row.firm_id,
        row.quarter,
        row.surveyed_on,
        SurveyAnswers(
            row.sample_size,
            row.very_satisfied,
            row.satisfied,
            row.neutral,
            row.dissatisfied,
            row.very_dissatisfied,
        ),
    )


def _live_compound(session: Session, compound_id: str) -> Compound:
    compound = session.get(Compound, compound_id)
    if compound is None or compound.deleted:
        raise UserError("所选小区已不存在（可能已被删除）。请刷新列表后重新选择小区。")
    return compound


def serving_firm(session: Session, compound_id: str, day: dt.date) -> Firm | None:
    """The firm whose contract serves the compound on `day`: the latest contract started by then."""
    return session.exec(
        select(Firm)
        .join(Contract, col(Contract.firm_id) == col(Firm.id))
        .where(
            Contract.compound_id == compound_id,
            col(Contract.deleted).is_(False),
            col(Contract.starts_on) <= day,
            col(Contract.ends_on).is_(None) | (col(Contract.ends_on) >= day),
        )
        .order_by(col(Contract.starts_on).desc())
        .limit(1)
    ).first()


def _mine(session: Session, compound_id: str, quarter: Quarter, inspector_id: str) -> Survey | None:
    return session.exec(
        select(Survey).where(
            Survey.compound_id == compound_id,
            Survey.quarter == str(quarter),
            Survey.inspector_id == inspector_id,
            col(Survey.deleted).is_(False),
        )
    ).first()


def read_survey(store: Store, compound_id: str, quarter: Quarter) -> SurveyRecord | None:
    """This installation's survey of the compound in the quarter, if it recorded one."""
    with store.reading() as session:
        me = installation_row(session)
        row = None if me is None else _mine(session, compound_id, quarter, me.id)
        return None if row is None else record_of(row)


def survey_form(
    store: Store, compound_id: str, quarter: Quarter, today: dt.date | None = None
) -> SurveyForm:
    """The compound and the firm serving it (on the last day of the quarter already lived)."""
    day = min(today or bureau_time.today(), quarter.last_day)
    with store.reading() as session:
        compound = _live_compound(session, compound_id)
        firm = serving_firm(session, compound_id, day)
        me = installation_row(session)
        row = None if me is None else _mine(session, compound_id, quarter, me.id)
        return SurveyForm(
            compound.id,
            compound.name,
            "" if firm is None else firm.name,
            None if row is None else record_of(row),
        )


def record_survey(
    store: Store,
    compound_id: str,
    quarter: Quarter,
    *,
    sample_size: int,
    very_satisfied: int,
    satisfied: int,
    neutral: int,
    dissatisfied: int,
    very_dissatisfied: int,
    surveyed_on: dt.date,
    today: dt.date | None = None,
) -> Changed[SavedSurvey]:
    """Record (or correct) this inspector's survey of a compound for a quarter.

    The firm surveyed is the one whose contract served the compound on the survey day; a
    finalised quarter is refused, as its results are frozen.
    """
    answers = SurveyAnswers(
        sample_size, very_satisfied, satisfied, neutral, dissatisfied, very_dissatisfied
    )
    check_survey(answers, surveyed_on, quarter, today or bureau_time.today())
    with store.transaction() as session, authoring(session) as author:
        compound = _live_compound(session, compound_id)
        require_open(session, quarter, "登记满意度调查")
        firm = serving_firm(session, compound_id, surveyed_on)
        if firm is None:
            raise UserError(
                f"小区“{compound.name}”在 {surveyed_on} 没有有效的物业服务合同，无法确定被调查的企业。"
                "请核对调查日期，或请工作人员补录该小区的合同。"
            )
        values: dict[str, Any] = {
            "firm_id": firm.id,
            "surveyed_on": surveyed_on,
            **answers.counts(),
            "sample_size": sample_size,
        }
        row = _mine(session, compound_id, quarter, author.installation_id)
        created = row is None
        if row is None:
            row = Survey(
                compound_id=compound_id,
                quarter=str(quarter),
                inspector_id=author.installation_id,
                **values,
                **author.stamp(),
            )
            changed = {key: [None, _plain(value)] for key, value in values.items()}
        else:
            changed = {
                key: [_plain(getattr(row, key)), _plain(value)]
                for key, value in values.items()
                if getattr(row, key) != value
            }
            for key, value in values.items():
                setattr(row, key, value)
            if changed:
                row.hlc = author.clock.tick()
                row.author_id = author.installation_id
        session.add(row)
        session.flush()
        if changed:
            append_event(
                session,
                actor_id=author.installation_id,
                action="survey.create" if created else "survey.update",
                table_name="survey",
                row_id=row.id,
                detail={"quarter": str(quarter), "changed": changed},
            )
        return Changed(
            SavedSurvey(record_of(row), created), Changes.of(Survey) if changed else Changes()
        )


def _plain(value: object) -> object:
    return value.isoformat() if isinstance(value, dt.date) else value


def compound_choices(store: Store) -> list[Choice]:
    """Every live compound as "compound（street）", by name, for a picker that searches both."""
    with store.reading() as session:
        rows = session.execute(
            select(col(Compound.id), col(Compound.name), col(Street.name))
            .join(Community, col(Community.id) == col(Compound.community_id))
            .join(Street, col(Street.id) == col(Community.street_id))
            .where(col(Compound.deleted).is_(False))
            .order_by(col(Compound.name), col(Street.name))
        ).all()
    return [Choice(row_id, f"{name}（{street}）") for row_id, name, street in rows]
