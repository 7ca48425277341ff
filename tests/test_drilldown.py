"""Following a firm's score down to its compounds, sheets, indicators and their history."""

import datetime as dt
import hashlib
from dataclasses import replace

import pytest

from hexie_desktop.domain.evaluation.scores import firm_scores
from hexie_desktop.domain.quarters import Quarter
from hexie_desktop.domain.standard import StandardSpec
from hexie_desktop.services.authoring import authoring
from hexie_desktop.services.decisions.card_view import cards_view, firm_code_choices
from hexie_desktop.services.decisions.cards import issue_card
from hexie_desktop.services.demo.generate import DemoOptions, generate_demo
from hexie_desktop.services.evaluation.drilldown_view import firm_drilldown
from hexie_desktop.services.evaluation.evaluate import evaluate_quarter
from hexie_desktop.services.evaluation.inputs import load_policy, load_sheets
from hexie_desktop.services.evaluation.quarter_view import (
    data_quarters,
    quarter_results,
    score_bands,
)
from hexie_desktop.services.fieldwork.inspection_view import inspection_detail
from hexie_desktop.services.rules.standards import default_service_standard
from hexie_desktop.services.store import Store
from hexie_desktop.storage.audit import append_event
from hexie_desktop.storage.tables import Attachment, IndicatorScore, Photo, RecordHistory
from tests.eval_world import World

Q1, Q2 = Quarter(2026, 1), Quarter(2026, 2)


@pytest.fixture
def demo_store(clerk_store: Store) -> Store:
    generate_demo(clerk_store, DemoOptions(firms=12, compounds=40, seed=1))
    evaluate_quarter(clerk_store, Q1, today=dt.date(2026, 4, 2))
    return clerk_store


def test_compounds_combine_back_into_the_stored_score(demo_store: Store) -> None:
    results = quarter_results(demo_store, Q1)
    assert results.scores is not None
    with demo_store.reading() as session:
        policy, _ = load_policy(session, str(Q1))
    for row in results.scores.rows:
        drill = firm_drilldown(demo_store, Q1, row.firm_id)
        combined = [c.score for c in drill.compounds if c.score is not None]
        assert len(combined) == row.compounds_inspected
        again = firm_scores(combined, {row.firm_id: ""}, {}, policy.scoring)
        assert again[0].raw == pytest.approx(row.raw_score, abs=1e-9)
        assert drill.stored is not None and drill.stored.score == row.score
        assert sum(len(s) for s in drill.sheets.values()) >= len(combined)


def _rescaled(spec: StandardSpec, factors: dict[str, float]) -> StandardSpec:
    """The next version of `spec` with the named parts (and their indicators) scaled."""
    parts = tuple(
        replace(
            part,
            max_points=part.max_points * factors.get(part.code, 1.0),
            indicators=tuple(
                replace(i, max_points=i.max_points * factors.get(part.code, 1.0))
                for i in part.indicators
            ),
        )
        for part in spec.parts
    )
    return replace(spec, version=spec.version + 1, parts=parts)


def test_a_firm_without_tickets_drills_down_to_its_stored_score(clerk_store: Store) -> None:
    """Its sheet's complaint part is the no-ticket share of *its* standard's part (20 × 0.5),
    even when another standard used that quarter has a bigger part (25)."""
    world = World(clerk_store, {"complaints": {"no_ticket_fraction": 0.5}})
    without_tickets = world.firm()
    compound = world.compound()
    world.inspect(without_tickets, compound, "2026Q1", 0.8, skip_parts=("B",))
    world.install(_rescaled(default_service_standard(), {"A": 0.8, "B": 1.25}))
    world.served(world.firm(), "2026Q1", 1.0)
    evaluate_quarter(clerk_store, Q1, today=dt.date(2026, 4, 2))
    drill = firm_drilldown(clerk_store, Q1, without_tickets)
    # A, C and D scored at 80% of their 80 points, and B 20 × 0.5 = 10: 64 + 10.
    assert drill.stored is not None and drill.stored.score == pytest.approx(74.0)
    [line] = drill.compounds
    assert line.total == pytest.approx(74.0)
    [sheet] = drill.sheets[compound]
    assert sheet.result is not None and sheet.result.parts["B"] == pytest.approx(10.0)


def test_quarter_results_state_bands_and_trend(demo_store: Store) -> None:
    assert data_quarters(demo_store) == ["2026Q2", "2026Q1"]
    results = quarter_results(demo_store, Q1)
    assert results.state.evaluated_by == "王文员"
    assert results.state.policy_version == 1
    assert not results.state.finalised
    assert results.scores is not None
    assert sum(b.firms for b in results.bands) == len(results.scores.rows)
    assert [p.quarter for p in results.trend] == ["2026Q1"]
    assert set(results.part_names) == set(results.scores.rows[0].parts)
    unevaluated = quarter_results(demo_store, Q2)
    assert unevaluated.scores is None and unevaluated.state.evaluated_at is None


def test_score_bands_put_every_score_in_one_band() -> None:
    bands = score_bands([0.0, 9.99, 10.0, 59.5, 100.0])
    assert [(b.low, b.firms) for b in bands if b.firms] == [(0, 2), (10, 1), (50, 1), (90, 1)]


def test_an_indicator_shows_its_photos_and_the_history_of_its_score(demo_store: Store) -> None:
    results = quarter_results(demo_store, Q1)
    assert results.scores is not None
    drill = firm_drilldown(demo_store, Q1, results.scores.rows[-1].firm_id)
    sheet = drill.sheets[drill.compounds[0].compound_id][0]
    detail = inspection_detail(demo_store, sheet.inspection_id)
    scored = next(i for i in detail.indicators if i.deductions)
    content = b"photo"
    sha = hashlib.sha256(content).hexdigest()
    path = demo_store.data_dir.attachment(sha)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    assert scored.score_id is not None
    with demo_store.transaction() as session, authoring(session) as author:
        session.add(Attachment(sha256=sha, size=5, media_type="image/png", **author.stamp()))
        session.add(
            Photo(
                inspection_id=sheet.inspection_id,
                indicator_id=scored.indicator_id,
                sha256=sha,
                caption="楼道堆物",
                **author.stamp(),
            )
        )
        score = session.get(IndicatorScore, scored.score_id)
        assert score is not None
        session.add(
            RecordHistory(
                table_name="indicatorscore",
                row_id=score.id,
                hlc=score.hlc - 1,
                author_id=score.author_id,
                payload={"score": 1.0},
                kind="conflict",
                recorded_at=dt.datetime.now(dt.UTC),
            )
        )
        append_event(
            session,
            actor_id=author.installation_id,
            action="review.accepted",
            table_name="indicatorscore",
            row_id=score.id,
            detail={"reason": "现场照片为证"},
        )
    detail = inspection_detail(demo_store, sheet.inspection_id)
    line = next(i for i in detail.indicators if i.indicator_id == scored.indicator_id)
    assert line.deductions[0].description and line.deductions[0].count >= 1
    assert [p.caption for p in line.photos] == ["楼道堆物"] and line.photos[0].present
    kinds = [h.kind for h in detail.history]
    assert "review.accepted" in kinds and "history.conflict" in kinds
    accepted = next(h for h in detail.history if h.kind == "review.accepted")
    assert accepted.who == "王文员" and accepted.detail == {"reason": "现场照片为证"}
    assert len(detail.indicators) == len({i.indicator_id for i in detail.indicators})


def test_cards_view_lists_revoked_cards_and_firm_choices(demo_store: Store) -> None:
    code, _ = firm_code_choices(demo_store)[0]
    issue_card(demo_store, code, Q1, "未按期整改", today=dt.date(2026, 3, 20))
    view = cards_view(demo_store, Q1)
    assert any(c.credit_code == code and c.reason == "未按期整改" for c in view.cards)
    assert view.yellow_deduction > 0


def test_one_firms_inputs_are_the_quarters_inputs_of_that_firm(demo_store: Store) -> None:
    """The drill-down reads one firm's rows; what it reads must be what the evaluation read."""
    with demo_store.reading() as session:
        whole = load_sheets(session, Q1)
        firms = {row.firm_id for row in whole.sheets.values()}
        assert len(firms) > 1
        for firm_id in firms:
            one = load_sheets(session, Q1, firm_id)
            mine = {k: v for k, v in whole.sheets.items() if v.firm_id == firm_id}
            assert one.sheets == mine
            assert one.tallies == {k: v for k, v in whole.tallies.items() if k in mine}
