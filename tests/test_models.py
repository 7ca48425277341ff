"""The database itself refuses impossible rows: CHECK, UNIQUE and FOREIGN KEY constraints."""

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy.exc import IntegrityError, StatementError
from sqlmodel import SQLModel

from hexie_desktop.domain.credit_code import check_character
from hexie_desktop.services.store import Store
from hexie_desktop.storage.tables import (
    Card,
    Community,
    Complaint,
    Compound,
    Contract,
    District,
    Firm,
    Installation,
    Interview,
    Street,
    Survey,
    TeamMember,
)

STAMP: dict[str, Any] = {"author_id": "author", "hlc": 1}
CODE = "91330106MA27XF3L4" + check_character("91330106MA27XF3L4")
DAY = dt.date(2026, 1, 15)
NOW = dt.datetime(2026, 1, 15, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def ids(store: Store) -> dict[str, str]:
    """A district, street, community, compound and firm to hang test rows on."""
    with store.transaction() as session:
        district = District(code="330106", name="西湖区", **STAMP)
        street = Street(district_id=district.id, name="北山街道", **STAMP)
        community = Community(street_id=street.id, name="曙光社区", **STAMP)
        compound = Compound(community_id=community.id, name="甲小区", households=10, **STAMP)
        firm = Firm(credit_code=CODE, name="某物业", **STAMP)
        for row in (district, street, community, compound, firm):
            session.add(row)
            session.flush()
        return {"compound": compound.id, "firm": firm.id, "community": community.id}


def refused(store: Store, make: Callable[[], SQLModel], constraint: str) -> None:
    with pytest.raises(IntegrityError) as caught, store.transaction() as session:
        session.add(make())
        session.flush()
    assert constraint in str(caught.value.orig)


def accepted(store: Store, make: Callable[[], SQLModel]) -> None:
    with store.transaction() as session:
        session.add(make())
        session.flush()


def test_negative_households(store: Store, ids: dict[str, str]) -> None:
    refused(
        store,
        lambda: Compound(community_id=ids["community"], name="乙", households=-1, **STAMP),
        "households_not_negative",
    )
    accepted(
        store, lambda: Compound(community_id=ids["community"], name="乙", households=0, **STAMP)
    )


@pytest.mark.parametrize("length", [17, 19, 0])
def test_credit_code_of_the_wrong_length(store: Store, length: int) -> None:
    refused(store, lambda: Firm(credit_code="9" * length, name="某", **STAMP), "credit_code_length")


def test_credit_codes_are_unique(store: Store, ids: dict[str, str]) -> None:
    refused(store, lambda: Firm(credit_code=CODE, name="另一家", **STAMP), "UNIQUE")


def test_contract_ending_before_it_starts(store: Store, ids: dict[str, str]) -> None:
    def contract(ends: dt.date) -> Contract:
        return Contract(
            firm_id=ids["firm"], compound_id=ids["compound"], starts_on=DAY, ends_on=ends, **STAMP
        )

    refused(store, lambda: contract(DAY - dt.timedelta(days=1)), "contract_dates_ordered")
    accepted(store, lambda: contract(DAY))


def test_one_contract_start_per_compound(store: Store, ids: dict[str, str]) -> None:
    def contract() -> Contract:
        return Contract(firm_id=ids["firm"], compound_id=ids["compound"], starts_on=DAY, **STAMP)

    accepted(store, contract)
    refused(store, contract, "UNIQUE")


def survey(ids: dict[str, str], sample: int, **answers: int) -> Survey:
    counts: dict[str, Any] = answers
    return Survey(
        compound_id=ids["compound"],
        firm_id=ids["firm"],
        quarter="2026Q1",
        inspector_id="i",
        surveyed_on=DAY,
        sample_size=sample,
        **counts,
        **STAMP,
    )


def test_survey_answers_above_the_sample(store: Store, ids: dict[str, str]) -> None:
    refused(
        store,
        lambda: survey(ids, 10, very_satisfied=6, satisfied=3, neutral=1, dissatisfied=1),
        "survey_answers_within_sample",
    )
    refused(store, lambda: survey(ids, 10, satisfied=-1), "survey_answers_not_negative")
    accepted(store, lambda: survey(ids, 10, very_satisfied=6, satisfied=3, neutral=1))


@pytest.mark.parametrize(
    ("make", "constraint"),
    [
        (
            lambda ids: Card(
                firm_id=ids["firm"],
                quarter="2026Q1",
                color="green",
                reason="r",
                issued_on=DAY,
                **STAMP,
            ),
            "card_color_known",
        ),
        (
            lambda ids: TeamMember(compound_id=ids["compound"], role="mayor", name="某", **STAMP),
            "team_role_known",
        ),
        (
            lambda ids: Interview(
                firm_id=ids["firm"], quarter="2026Q1", score=50, status="maybe", **STAMP
            ),
            "interview_status_known",
        ),
        (
            lambda ids: Complaint(
                ticket_no="T1",
                compound_id=ids["compound"],
                firm_id=ids["firm"],
                category="c",
                received_at=NOW,
                due_at=NOW,
                state="lost",
                **STAMP,
            ),
            "complaint_state_known",
        ),
        (
            lambda _ids: Installation(
                id="x", name="n", role="admin", public_key="k", fingerprint="f", created_at=NOW
            ),
            "installation_role_known",
        ),
    ],
    ids=["card colour", "team role", "interview status", "complaint state", "installation role"],
)
def test_unknown_enum_values(
    store: Store, ids: dict[str, str], make: Callable[[dict[str, str]], SQLModel], constraint: str
) -> None:
    refused(store, lambda: make(ids), constraint)


def test_one_interview_per_firm_and_quarter(store: Store, ids: dict[str, str]) -> None:
    def interview() -> Interview:
        return Interview(firm_id=ids["firm"], quarter="2026Q1", score=50, **STAMP)

    accepted(store, interview)
    refused(store, interview, "UNIQUE")


def test_foreign_keys_are_enforced(store: Store, ids: dict[str, str]) -> None:
    refused(
        store,
        lambda: Compound(community_id="no-such-community", name="丙", **STAMP),
        "FOREIGN KEY",
    )
    refused(
        store,
        lambda: Contract(
            firm_id="no-such-firm", compound_id=ids["compound"], starts_on=DAY, **STAMP
        ),
        "FOREIGN KEY",
    )


def test_a_parent_with_children_cannot_be_deleted(store: Store, ids: dict[str, str]) -> None:
    from sqlalchemy import delete  # noqa: PLC0415

    with pytest.raises(IntegrityError, match="FOREIGN KEY"), store.transaction() as session:
        session.execute(delete(Community).where(Community.id == ids["community"]))  # type: ignore[arg-type]


def test_naive_datetimes_are_refused(store: Store) -> None:
    with pytest.raises(StatementError, match="timezone"), store.transaction() as session:
        session.add(
            Installation(
                id="x",
                name="n",
                role="clerk",
                public_key="k",
                fingerprint="f",
                created_at=dt.datetime(2026, 1, 1),
            )
        )
        session.flush()
