"""The satisfaction surveys of a quarter, listed so a saved survey can be found and opened again.

A survey is entered once per compound, inspector and quarter, then corrected in place; the list
is where an inspector finds it next week and a clerk sees what the merged bundles brought. Rates
are the pure functions the form shows as it is typed; a response rate never exceeds 100 %, since
the survey table's own check (`survey_answers_within_sample`) keeps the answers within the sample
whatever wrote them.
"""

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlmodel import col

from hexie_desktop.domain.quarters import Quarter
from hexie_desktop.domain.surveys import survey_rates
from hexie_desktop.services.evaluation.drilldown_view import UNKNOWN_PERSON
from hexie_desktop.services.fieldwork.surveys import record_of
from hexie_desktop.services.listings.review import author_name
from hexie_desktop.services.store import Store
from hexie_desktop.services.trust.identity import installation_row
from hexie_desktop.storage.tables import Compound, Firm, Survey


@dataclass(frozen=True)
class SurveyLine:
    """One survey as its line in the list reads."""

    compound_id: str
    compound: str
    firm: str
    surveyed_on: dt.date
    inspector: str
    sample_size: int
    answered: int
    response: float | None
    satisfaction: float | None
    mine: bool
    """Recorded by this installation, so it can be opened and corrected here."""


def quarter_surveys(store: Store, quarter: Quarter) -> list[SurveyLine]:
    """The quarter's live surveys, by compound and date."""
    survey = Survey.__table__.c  # type: ignore[attr-defined]
    statement = (
        select(Survey, col(Compound.name), col(Firm.name), author_name(survey.inspector_id))
        .join(Compound, col(Compound.id) == col(Survey.compound_id))
        .join(Firm, col(Firm.id) == col(Survey.firm_id))
        .where(col(Survey.quarter) == str(quarter), col(Survey.deleted).is_(False))
        .order_by(col(Compound.name), col(Survey.surveyed_on), col(Survey.id))
    )
    lines: list[SurveyLine] = []
    with store.reading() as session:
        me = installation_row(session)
        for row, compound, firm, inspector in session.execute(statement):
            record = record_of(row)
            rates = survey_rates(record.answers)
            lines.append(
                SurveyLine(
                    row.compound_id,
                    compound,
                    firm,
                    row.surveyed_on,
                    inspector or UNKNOWN_PERSON,
                    row.sample_size,
                    rates.answered,
                    rates.response,
                    rates.satisfaction,
                    me is not None and row.inspector_id == me.id,
                )
            )
    return lines


@dataclass(frozen=True)
class SurveyQuarters:
    offered: list[str]
    """This quarter and every quarter surveyed, newest first."""
    opened: str
    """The quarter the list opens at: this one if it has surveys, else the newest surveyed."""


def survey_quarters(store: Store, today: dt.date) -> SurveyQuarters:
    """The quarters a survey list offers, and the one it opens at."""
    with store.reading() as session:
        surveyed = set(
            session.execute(
                select(col(Survey.quarter)).where(col(Survey.deleted).is_(False)).distinct()
            ).scalars()
        )
    current = str(Quarter.containing(today))
    opened = current if current in surveyed or not surveyed else max(surveyed)
    return SurveyQuarters(sorted(surveyed | {current}, reverse=True), opened)
