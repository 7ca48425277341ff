"""Quarters as a sequence: a later quarter follows an earlier one, and stale results are said so."""

import datetime as dt
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import col, select

from hexie_desktop.domain.errors import UserError
from hexie_desktop.domain.quarters import Quarter
from hexie_desktop.paths import DataDir
from hexie_desktop.reports.verification import report_digest
from hexie_desktop.services.authoring import authoring
from hexie_desktop.services.evaluation.evaluate import evaluate_quarter
from hexie_desktop.services.evaluation.quarters import finalise_quarter, reopen_quarter
from hexie_desktop.services.evaluation.results_view import quarter_lists, quarter_scores
from hexie_desktop.services.maintenance import backup_sqlite
from hexie_desktop.services.reporting.firm import credit_file_view, interview_view
from hexie_desktop.services.reporting.lists import lists_view
from hexie_desktop.services.reporting.quarter import quarterly_view
from hexie_desktop.services.store import Store, open_store
from hexie_desktop.services.trust.identity import init_identity
from hexie_desktop.storage.tables import (
    Card,
    Complaint,
    Compound,
    CreditEntry,
    EarlyWarningRecord,
    Firm,
    FirmListEntry,
    FirmQuarterScore,
    IndicatorScore,
    Inspection,
    Interview,
    Survey,
)
from hexie_desktop.storage.tables.base import Synced
from tests.eval_world import World

Q1, Q2, Q3 = Quarter(2026, 1), Quarter(2026, 2), Quarter(2026, 3)
DAY = dt.date(2026, 10, 15)


def _q1_then_q2_world(store: Store) -> tuple[World, str, str]:
    """Firm `weak` scores 55 in Q1 (no card) and 45 in Q2 (an automatic yellow)."""
    world = World(store)
    weak, fine = world.firm(), world.firm()
    compound = world.served(weak, "2026Q1", 0.55)
    world.served(weak, "2026Q2", 0.45)
    for quarter in ("2026Q1", "2026Q2"):
        world.served(fine, quarter, 0.95)
    return world, weak, compound


def _black(store: Store, quarter: Quarter) -> list[tuple[str, str]]:
    return [(e["name"], e["rule"]) for e in quarter_lists(store, quarter).as_dict()["black"]]


def test_correcting_q1_after_q2_gives_q2_its_red_card_and_black_list(clerk_store: Store) -> None:
    world, weak, compound = _q1_then_q2_world(clerk_store)
    evaluate_quarter(clerk_store, Q1, today=DAY)
    evaluate_quarter(clerk_store, Q2, today=DAY)
    # 45 less the automatic yellow's 2 points leaves a credit score of 43: grade C, black-listed.
    assert _black(clerk_store, Q2) == [("第1物业公司", "credit_grade")]
    assert not quarter_scores(clerk_store, Q2).as_dict()["stale"]

    # The correction: a second Q1 inspection at 30 % makes Q1's mean (55 + 30) / 2 = 42.5,
    # under the automatic yellow line of 50. Until Q1 is evaluated again, both quarters say so.
    world.inspect(weak, compound, "2026Q1", 0.30)
    for quarter in (Q1, Q2):
        document = quarter_scores(clerk_store, quarter).as_dict()
        assert (document["stale"], document["status"]) == (True, "待重新考评")
        assert quarter_lists(clerk_store, quarter).as_dict()["status"] == "待重新考评"

    summary = evaluate_quarter(clerk_store, Q1, today=DAY).value

    assert summary.followed == ("2026Q2",)
    assert "其后已考评的 2026Q2 已随之重新考评" in summary.lines()
    q1 = {f["name"]: f["score"] for f in quarter_scores(clerk_store, Q1).as_dict()["firms"]}
    assert q1["第1物业公司"] == pytest.approx(42.5)
    with clerk_store.reading() as session:
        reds = session.exec(select(Card).where(Card.color == "red")).all()
    assert [(r.firm_id, r.quarter, r.automatic) for r in reds] == [(weak, "2026Q2", True)]
    # The red card comes first among the rules that put a firm on the black list.
    assert _black(clerk_store, Q2) == [("第1物业公司", "red_card")]
    for quarter in (Q1, Q2):
        assert quarter_scores(clerk_store, quarter).as_dict()["status"] == "最新"


def test_a_finalised_later_quarter_refuses_the_earlier_one_untouched(clerk_store: Store) -> None:
    world, weak, compound = _q1_then_q2_world(clerk_store)
    evaluate_quarter(clerk_store, Q1, today=DAY)
    evaluate_quarter(clerk_store, Q2, today=DAY)
    finalise_quarter(clerk_store, Q2)
    world.inspect(weak, compound, "2026Q1", 0.30)
    before = quarter_scores(clerk_store, Q1).as_dict()["firms"]

    with pytest.raises(UserError) as refused:
        evaluate_quarter(clerk_store, Q1, today=DAY)

    assert "2026Q2 已定稿" in refused.value.message
    assert "hexie quarter reopen --quarter 2026Q2 --reason" in refused.value.message
    assert quarter_scores(clerk_store, Q1).as_dict()["firms"] == before
    # Q2 is the bureau's record as finalised; only Q1 awaits its evaluation.
    assert quarter_scores(clerk_store, Q2).as_dict()["stale"] is False
    assert quarter_scores(clerk_store, Q1).as_dict()["stale"] is True

    reopen_quarter(clerk_store, Q2, "一季度考评表更正")
    assert evaluate_quarter(clerk_store, Q1, today=DAY).value.followed == ("2026Q2",)
    assert _black(clerk_store, Q2) == [("第1物业公司", "red_card")]


def test_a_clerks_card_or_new_households_make_the_results_stale(clerk_store: Store) -> None:
    world, weak, _ = _q1_then_q2_world(clerk_store)
    evaluate_quarter(clerk_store, Q1, today=DAY)
    assert quarter_scores(clerk_store, Q1).as_dict()["status"] == "最新"
    world.card(weak, "2026Q1")
    assert quarter_scores(clerk_store, Q1).as_dict()["status"] == "待重新考评"
    evaluate_quarter(clerk_store, Q1, today=DAY)
    assert quarter_scores(clerk_store, Q1).as_dict()["status"] == "最新"
    world.compound(households=250)
    assert quarter_lists(clerk_store, Q1).as_dict()["stale"] is True


# --- Hypothesis: any order, any repeats, the same end as once in calendar order. ---

QUARTERS = (Q1, Q2, Q3)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Three quarters in which cards escalate, warnings fire and lists change between them."""
    root = tmp_path_factory.mktemp("sequence")
    store = open_store(DataDir(root))
    init_identity(store, "clerk", "王文员")
    world = World(store)
    firms = [world.firm() for _ in range(5)]
    pattern = {
        "2026Q1": (0.45, 0.90, 0.62, 0.88, 0.75),
        "2026Q2": (0.48, 0.70, 0.40, 0.91, 0.58),
        "2026Q3": (0.52, 0.86, 0.44, 0.55, 0.95),
    }
    for quarter, fractions in pattern.items():
        for firm_id, fraction in zip(firms, fractions, strict=True):
            world.served(firm_id, quarter, fraction, households=100 + len(quarter))
    world.card(firms[3], "2026Q2")
    store.close()
    yield root / "hexie.sqlite3"


def _results(store: Store) -> dict[str, Any]:
    """Every result a clerk sees, without the moments they were written."""
    with store.reading() as session:
        return {
            "scores": sorted(
                (r.quarter, r.firm_id, round(r.score, 9), r.rank, r.deductions)
                for r in session.exec(select(FirmQuarterScore))
            ),
            "lists": sorted(
                (e.quarter, e.list_kind, e.firm_id, e.position, e.rule)
                for e in session.exec(select(FirmListEntry))
            ),
            "warnings": sorted(
                (w.quarter, w.firm_id, w.kind) for w in session.exec(select(EarlyWarningRecord))
            ),
            "cards": sorted(
                (c.id, c.firm_id, c.quarter, c.color)
                for c in session.exec(
                    select(Card).where(col(Card.deleted).is_(False), col(Card.revoked_on).is_(None))
                )
            ),
            "credit": sorted(
                (e.id, e.points)
                for e in session.exec(
                    select(CreditEntry).where(col(CreditEntry.deleted).is_(False))
                )
            ),
            "interviews": sorted(
                (i.firm_id, i.quarter, round(i.score, 9))
                for i in session.exec(select(Interview).where(col(Interview.deleted).is_(False)))
            ),
        }


def _run(template: Path, folder: Path, order: list[Quarter]) -> dict[str, Any]:
    folder.mkdir()
    backup_sqlite(template, folder / "hexie.sqlite3")
    store = open_store(DataDir(folder))
    try:
        for quarter in order:
            evaluate_quarter(store, quarter, today=DAY)
        found = _results(store)
        stale = [quarter_scores(store, q).freshness.stale for q in sorted(set(order))]
        assert not any(stale)
        return found
    finally:
        store.close()


@settings(
    max_examples=10,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    order=st.lists(st.sampled_from(QUARTERS), min_size=3, max_size=6).filter(
        lambda o: set(o) == set(QUARTERS)
    )
)
def test_any_order_any_repeats_end_as_calendar_order(template: Path, order: list[Quarter]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        once = _run(template, Path(folder) / "once", list(QUARTERS))
        shuffled = _run(template, Path(folder) / "shuffled", order)
    assert shuffled == once
    assert any(color == "red" for *_, color in once["cards"]), "the example escalates no card"


@pytest.mark.parametrize(
    "table", [Inspection, IndicatorScore, Survey, Complaint, Card, CreditEntry, Compound, Firm]
)
def test_any_later_version_of_an_input_row_marks_the_results_stale(
    clerk_store: Store, table: type[Synced]
) -> None:
    """What a merge or an edit does to a row: a new version with a later clock value."""
    world, weak, compound = _q1_then_q2_world(clerk_store)
    world.survey(weak, compound, "2026Q1", satisfied=3)
    world.ticket(weak, compound, dt.datetime(2026, 2, 3, 9, 0, tzinfo=dt.UTC))
    world.card(weak, "2026Q1")
    with clerk_store.transaction() as session, authoring(session) as author:
        session.add(
            CreditEntry(
                firm_id=weak,
                kind="good",
                points=1.0,
                reason="表彰",
                recorded_on=dt.date(2026, 2, 1),
                expires_on=dt.date(2027, 2, 1),
                source="manual",
                quarter="2026Q1",
                **author.stamp(),
            )
        )
    evaluate_quarter(clerk_store, Q1, today=DAY)
    assert quarter_scores(clerk_store, Q1).as_dict()["stale"] is False
    with clerk_store.transaction() as session, authoring(session) as author:
        row = session.exec(select(table).order_by(col(table.hlc))).first()
        assert row is not None
        row.hlc = author.clock.tick()
        session.add(row)
    assert quarter_scores(clerk_store, Q1).as_dict()["status"] == "待重新考评"
    assert quarter_lists(clerk_store, Q1).as_dict()["stale"] is True


def test_editing_a_draft_leaves_the_results_as_they_are(clerk_store: Store) -> None:
    world, weak, compound = _q1_then_q2_world(clerk_store)
    evaluate_quarter(clerk_store, Q1, today=DAY)
    draft = world.inspect(weak, compound, "2026Q1", 0.1)
    with clerk_store.transaction() as session, authoring(session) as author:
        row = session.get(Inspection, draft)
        assert row is not None
        row.status, row.hlc = "draft", author.clock.tick()
        session.add(row)
    evaluate_quarter(clerk_store, Q1, today=DAY)
    with clerk_store.transaction() as session, authoring(session) as author:
        row = session.get(Inspection, draft)
        assert row is not None
        row.note, row.hlc = "草稿修改", author.clock.tick()
        session.add(row)
    assert quarter_scores(clerk_store, Q1).as_dict()["stale"] is False


def test_every_report_of_a_stale_quarter_says_it_awaits_re_evaluation(
    clerk_store: Store,
) -> None:
    world, weak, compound = _q1_then_q2_world(clerk_store)
    evaluate_quarter(clerk_store, Q1, today=DAY)
    evaluate_quarter(clerk_store, Q2, today=DAY)
    code = quarter_scores(clerk_store, Q2).as_dict()["firms"][-1]["credit_code"]

    def views() -> list[Any]:
        return [
            quarterly_view(clerk_store, Q2, today=DAY),
            lists_view(clerk_store, Q2, today=DAY),
            interview_view(clerk_store, code, Q2, today=DAY),
            credit_file_view(clerk_store, code, as_of=DAY, today=DAY),
        ]

    assert not any(v.provenance.stale for v in views())
    fresh_codes = [report_digest(v) for v in views()]
    world.inspect(weak, compound, "2026Q1", 0.30)
    stale = views()
    assert all(v.provenance.stale for v in stale)
    assert all(v.provenance.status_label.startswith("待重新考评") for v in stale)
    assert [report_digest(v) for v in stale] != fresh_codes
