"""Owner-satisfaction surveys: worked examples of the rates, validation, one survey per quarter."""

import datetime as dt
from typing import Any

import pytest
from sqlalchemy.exc import IntegrityError
from sqlmodel import col, select

from hexie_desktop.domain.errors import UserError
from hexie_desktop.domain.quarters import Quarter
from hexie_desktop.domain.surveys import SurveyAnswers, SurveyError, survey_rates
from hexie_desktop.services.demo import generate as demo
from hexie_desktop.services.evaluation.evaluate import evaluate_quarter
from hexie_desktop.services.evaluation.quarters import finalise_quarter
from hexie_desktop.services.fieldwork.surveys import (
    SavedSurvey,
    compound_choices,
    read_survey,
    record_survey,
    serving_firm,
    survey_form,
)
from hexie_desktop.services.fieldwork.surveys_view import (
    SurveyQuarters,
    quarter_surveys,
    survey_quarters,
)
from hexie_desktop.services.store import Store
from hexie_desktop.storage.tables import AuditEvent, Compound, Contract, Survey

Q3 = Quarter(2026, 3)
TODAY = dt.date(2026, 11, 23)
IN_Q3 = dt.date(2026, 8, 15)


@pytest.fixture
def town(inspector_store: Store) -> Store:
    demo.generate_demo(
        inspector_store, demo.DemoOptions(firms=12, compounds=40, seed=1, master_only=True)
    )
    return inspector_store


def _compound(store: Store) -> str:
    with store.reading() as session:
        return session.exec(select(Compound.id).order_by(col(Compound.name))).first() or ""


def _record(store: Store, compound_id: str, day: dt.date = IN_Q3, **figures: int) -> SavedSurvey:
    counts = {
        "sample_size": 50,
        "very_satisfied": 20,
        "satisfied": 15,
        "neutral": 5,
        "dissatisfied": 3,
        "very_dissatisfied": 2,
    }
    counts.update(figures)
    return record_survey(store, compound_id, Q3, **counts, surveyed_on=day, today=TODAY).value


def test_rates_worked_example() -> None:
    # 50 households asked, 45 answered; 20 + 15 of the 45 satisfied.
    rates = survey_rates(SurveyAnswers(50, 20, 15, 5, 3, 2))
    assert rates.answered == 45
    assert rates.response == pytest.approx(0.9)
    assert rates.satisfaction == pytest.approx(35 / 45)  # 0.7778
    nobody = survey_rates(SurveyAnswers(10, 0, 0, 0, 0, 0))
    assert nobody.response == 0.0 and nobody.satisfaction is None


def test_a_survey_is_recorded_for_the_firm_serving_the_compound(town: Store) -> None:
    compound_id = _compound(town)
    saved = _record(town, compound_id)
    assert saved.created
    record = read_survey(town, compound_id, Q3)
    assert record is not None
    assert record.answers == SurveyAnswers(50, 20, 15, 5, 3, 2)
    assert record.rates.satisfaction == pytest.approx(35 / 45)
    with town.reading() as session:
        firm = serving_firm(session, compound_id, IN_Q3)
        audit = session.exec(select(AuditEvent.action)).all()
    assert firm is not None and record.firm_id == firm.id
    assert "survey.create" in audit
    form = survey_form(town, compound_id, Q3, TODAY)
    assert form.firm_name == firm.name and form.existing == record


def test_a_second_survey_of_the_quarter_updates_the_first(town: Store) -> None:
    compound_id = _compound(town)
    first = _record(town, compound_id)
    second = _record(town, compound_id, sample_size=60, satisfied=25)
    assert not second.created
    assert second.record.id == first.record.id
    with town.reading() as session:
        rows = session.exec(select(Survey).where(Survey.compound_id == compound_id)).all()
        audit = session.exec(select(AuditEvent.action, AuditEvent.detail)).all()
    assert len(rows) == 1 and rows[0].sample_size == 60 and rows[0].satisfied == 25
    update = [detail for action, detail in audit if action == "survey.update"]
    assert update == [
        {"quarter": "2026Q3", "changed": {"sample_size": [50, 60], "satisfied": [15, 25]}}
    ]
    assert read_survey(town, compound_id, Quarter(2026, 2)) is None


@pytest.mark.parametrize(
    ("figures", "words"),
    [
        ({"sample_size": 0}, "样本量应至少为 1 户"),
        ({"neutral": -1}, "“一般”的人数不能为负数"),
        ({"sample_size": 40}, "各项回答合计 45 份，超过样本量 40 份"),
        ({"day": dt.date(2026, 10, 1)}, "不在 2026Q3（2026-07-01 至 2026-09-30）内"),
    ],
)
def test_bad_figures_are_refused_with_what_to_fix(
    town: Store, figures: dict[str, Any], words: str
) -> None:
    with pytest.raises(SurveyError, match=words):
        _record(town, _compound(town), **figures)
    with town.reading() as session:
        assert session.exec(select(Survey)).all() == []


def test_a_survey_dated_in_the_future_is_refused(town: Store) -> None:
    with pytest.raises(SurveyError, match="晚于今天"):
        record_survey(
            town,
            _compound(town),
            Quarter(2026, 4),
            sample_size=10,
            very_satisfied=1,
            satisfied=1,
            neutral=1,
            dissatisfied=1,
            very_dissatisfied=1,
            surveyed_on=dt.date(2026, 12, 1),
            today=TODAY,
        )


def test_a_compound_without_a_contract_that_day_is_refused(town: Store) -> None:
    compound_id = _compound(town)
    with town.transaction() as session:
        for contract in session.exec(select(Contract).where(Contract.compound_id == compound_id)):
            contract.deleted = True
            session.add(contract)
    with pytest.raises(UserError, match="没有有效的物业服务合同"):
        _record(town, compound_id)


def test_a_finalised_quarter_is_refused(clerk_store: Store) -> None:
    demo.generate_demo(
        clerk_store, demo.DemoOptions(firms=12, compounds=40, seed=1, master_only=True)
    )
    evaluate_quarter(clerk_store, Q3)
    finalise_quarter(clerk_store, Q3)
    with pytest.raises(UserError, match="已定稿"):
        _record(clerk_store, _compound(clerk_store))


def test_compound_choices_name_the_street(town: Store) -> None:
    choices = compound_choices(town)
    assert len(choices) == 40
    assert all("（" in c.label and c.label.endswith("）") for c in choices)


def test_the_quarters_surveys_are_listed_with_rates_never_over_a_hundred_percent(
    town: Store,
) -> None:
    compound_id = _compound(town)
    _record(town, compound_id)
    [line] = quarter_surveys(town, Q3)
    assert (line.compound_id, line.surveyed_on, line.inspector) == (compound_id, IN_Q3, "李考评")
    assert (line.sample_size, line.answered) == (50, 45)
    assert line.response == pytest.approx(0.9)  # 45 of 50
    assert line.satisfaction == pytest.approx(35 / 45)
    assert line.mine and line.firm
    assert quarter_surveys(town, Quarter(2026, 2)) == []
    assert survey_quarters(town, TODAY) == SurveyQuarters(["2026Q4", "2026Q3"], "2026Q3")
    assert survey_quarters(town, IN_Q3).opened == "2026Q3"

    # Whatever writes a survey (a bundle, a script), 45 answers to 40 questionnaires is refused
    # by the table itself, so no listed rate can exceed 100 %.
    with pytest.raises(IntegrityError, match="survey_answers_within_sample"):
        with town.transaction() as session:
            row = session.exec(select(Survey)).one()
            row.sample_size = 40
            session.add(row)
    assert [line.response for line in quarter_surveys(town, Q3)] == [pytest.approx(0.9)]


def test_every_demo_survey_is_listed_at_a_rate_within_a_hundred_percent(
    clerk_store: Store,
) -> None:
    demo.generate_demo(clerk_store, demo.DemoOptions(firms=6, compounds=20, seed=4))
    with clerk_store.reading() as session:
        quarters = {row.quarter for row in session.exec(select(Survey)).all()}
    lines = [line for q in quarters for line in quarter_surveys(clerk_store, Quarter.parse(q))]
    assert lines and all(0 <= (line.response or 0) <= 1 for line in lines)
    assert all(line.inspector and not line.mine for line in lines)
