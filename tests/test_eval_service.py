"""Evaluating quarters over a real database, with numbers computed by hand."""

import datetime as dt

import pytest
from sqlalchemy import func
from sqlmodel import col, select

from hexie_desktop.domain.errors import UserError
from hexie_desktop.domain.evaluation.row_ids import derived_id
from hexie_desktop.domain.quarters import Quarter
from hexie_desktop.services.decisions.cards import AUTO_WITHDRAWN, issue_card, revoke_card
from hexie_desktop.services.decisions.credit import (
    credit_file,
    decide_objection,
    raise_objection,
    repair_credit,
)
from hexie_desktop.services.decisions.interviews import (
    record_followup,
    record_held,
    schedule_interview,
    start_rectification,
)
from hexie_desktop.services.evaluation.evaluate import evaluate_quarter
from hexie_desktop.services.evaluation.quarters import finalise_quarter, reopen_quarter
from hexie_desktop.services.evaluation.results_view import (
    annual_scores,
    quarter_lists,
    quarter_scores,
    weekly_hot_topics,
)
from hexie_desktop.services.store import Store
from hexie_desktop.storage.tables import (
    AuditEvent,
    Card,
    ComplaintQuarterMetric,
    CreditEntry,
    FirmQuarterScore,
    Interview,
)
from tests.eval_world import UTC, World, credit_code

Q1, Q2, Q3 = Quarter(2026, 1), Quarter(2026, 2), Quarter(2026, 3)


def _scores(store: Store, quarter: Quarter) -> dict[str, FirmQuarterScore]:
    with store.reading() as session:
        rows = session.exec(
            select(FirmQuarterScore).where(FirmQuarterScore.quarter == str(quarter))
        )
        return {r.firm_id: r for r in rows}


def _count(store: Store, table: type) -> int:
    with store.reading() as session:
        return int(session.execute(select(func.count()).select_from(table)).scalar_one())


def test_quarter_scores_by_hand_and_idempotent(clerk_store: Store) -> None:
    world = World(clerk_store)
    f1, f2, f3 = world.firm(), world.firm(), world.firm()
    world.served(f1, "2026Q1", 0.9, households=300)
    world.served(f1, "2026Q1", 0.5, households=100)
    shared = world.served(f2, "2026Q1", 0.8)
    world.inspect(f2, shared, "2026Q1", 0.6)
    world.card(f2, "2026Q1", deduction=2.0)
    world.served(f3, "2026Q1", 0.45)

    first = evaluate_quarter(clerk_store, Q1).value
    scores = _scores(clerk_store, Q1)
    # (300 × 90 + 100 × 50) / 400 = 80.
    assert scores[f1].score == pytest.approx(80) and scores[f1].rank == 1
    assert scores[f1].parts["A"] == pytest.approx(20) and scores[f1].compounds_inspected == 2
    # Two inspections of one compound average 70; the 2-point yellow card leaves 68.
    assert scores[f2].score == pytest.approx(68) and scores[f2].raw_score == pytest.approx(70)
    assert scores[f3].score == pytest.approx(45) and scores[f3].rank == 3
    assert (first.firms, first.sheets_counted, first.interviews) == (3, 5, 1)
    # 45 is under the automatic yellow line of 50: one card, with its credit entry.
    assert first.cards_issued == 1

    rows_before = {k: (v.score, v.rank, v.parts) for k, v in scores.items()}
    counts_before = [_count(clerk_store, t) for t in (Card, CreditEntry, Interview)]
    second = evaluate_quarter(clerk_store, Q1).value
    assert {k: (v.score, v.rank, v.parts) for k, v in _scores(clerk_store, Q1).items()} == (
        rows_before
    )
    assert [_count(clerk_store, t) for t in (Card, CreditEntry, Interview)] == counts_before
    assert (second.cards_issued, second.cards_withdrawn) == (0, 0)
    assert counts_before == [2, 1, 1]


def test_yellow_in_q1_and_q2_is_red_in_q2_not_q3_and_revoking_recomputes(
    clerk_store: Store,
) -> None:
    world = World(clerk_store)
    weak = world.firm()
    fine = world.firm()
    for label in ("2026Q1", "2026Q2", "2026Q3"):
        world.served(weak, label, 0.45)
        world.served(fine, label, 0.95)
    for quarter in (Q1, Q2, Q3):
        evaluate_quarter(clerk_store, quarter)
    with clerk_store.reading() as session:
        reds = session.exec(select(Card).where(Card.color == "red")).all()
        yellows = session.exec(
            select(Card).where(Card.color == "yellow").order_by(col(Card.quarter))
        ).all()
    assert [(r.quarter, r.firm_id, r.automatic) for r in reds] == [("2026Q2", weak, True)]
    assert sorted(reds[0].escalated_from) == sorted(y.id for y in yellows[:2])
    lists = quarter_lists(clerk_store, Q2).as_dict()
    assert [e["red_card"] for e in lists["black"] if e["name"] == "第1物业公司"] == [True]
    assert all(e["name"] != "第1物业公司" for e in lists["red"])
    q2_cards = {(c["color"], c["automatic"]) for c in lists["cards"]}
    assert q2_cards == {("yellow", True), ("red", True)}

    revoke_card(clerk_store, yellows[0].id, "申诉成立：扣分依据不足")
    with clerk_store.reading() as session:
        cards = session.exec(select(Card).where(Card.color == "red")).all()
        entry = session.exec(
            select(CreditEntry).where(CreditEntry.source_id == yellows[0].id)
        ).one()
    by_quarter = {c.quarter: c for c in cards}
    # Q1's yellow is gone, so Q2's red falls and Q2 + Q3 now escalate in Q3.
    assert by_quarter["2026Q2"].revoke_reason == AUTO_WITHDRAWN
    assert by_quarter["2026Q3"].revoked_on is None
    assert entry.deleted


def test_complaint_part_from_tickets_when_no_inspector_scored_it(clerk_store: Store) -> None:
    world = World(clerk_store)
    firm = world.firm()
    compound = world.compound()
    world.inspect(firm, compound, "2026Q1", 0.8, skip_parts=("B",))
    t0 = dt.datetime(2026, 2, 1, 1, tzinfo=UTC)
    due = t0 + dt.timedelta(days=3)
    common = {"due_at": due, "resolved": True, "resident_satisfied": True}
    world.ticket(firm, compound, t0, **common, closed_at=t0 + dt.timedelta(days=1))
    late = due + dt.timedelta(days=1)
    world.ticket(firm, compound, t0, **{**common, "resident_satisfied": False}, closed_at=late)
    world.ticket(
        firm, compound, t0, **{**common, "resident_satisfied": False}, closed_at=late, redo_count=3
    )
    world.ticket(firm, compound, t0, **{**common, "resolved": False})
    # Received on 1 April at 07:00 Beijing time: the second quarter, whatever UTC says.
    world.ticket(firm, compound, dt.datetime(2026, 3, 31, 23, tzinfo=UTC), **common)
    evaluate_quarter(clerk_store, Q1)
    score = _scores(clerk_store, Q1)[firm]
    # B = 20 × 0.55 − 2.5 = 8.5 (worked in test_eval_rules); A 20 + C 32 + D 12 → 72.5.
    assert score.parts["B"] == pytest.approx(8.5)
    assert score.score == pytest.approx(72.5)
    assert score.complaint_part_from_tickets
    with clerk_store.reading() as session:
        metric = session.exec(select(ComplaintQuarterMetric)).one()
    assert (metric.total, metric.accepted, metric.resolved, metric.on_time) == (4, 4, 3, 1)
    assert (metric.answered, metric.satisfied, metric.redone, metric.escalated) == (4, 2, 1, 1)


def test_finalised_quarter_refuses_until_a_clerk_reopens_it(clerk_store: Store) -> None:
    world = World(clerk_store)
    world.served(world.firm(), "2026Q1", 0.7)
    with pytest.raises(UserError, match="尚未考评"):
        finalise_quarter(clerk_store, Q1)
    evaluate_quarter(clerk_store, Q1)
    finalise_quarter(clerk_store, Q1)
    with pytest.raises(UserError, match="hexie quarter reopen --quarter 2026Q1"):
        evaluate_quarter(clerk_store, Q1)
    with pytest.raises(UserError, match="原因"):
        reopen_quarter(clerk_store, Q1, "  ")
    reopen_quarter(clerk_store, Q1, "补录两份考评表")
    with clerk_store.reading() as session:
        event = session.exec(
            select(AuditEvent).where(AuditEvent.action == "quarter.reopened")
        ).one()
    assert event.detail == {"quarter": "2026Q1", "reason": "补录两份考评表"}
    assert evaluate_quarter(clerk_store, Q1).value.firms == 1


def test_only_a_clerk_evaluates_and_results_need_an_evaluation(inspector_store: Store) -> None:
    with pytest.raises(UserError, match="请先运行 hexie evaluate --quarter 2026Q1"):
        quarter_scores(inspector_store, Q1)
    with pytest.raises(UserError, match="只有工作人员"):
        evaluate_quarter(inspector_store, Q1)


def test_interview_moves_through_its_steps_and_escalates(clerk_store: Store) -> None:
    world = World(clerk_store)
    firm = world.firm()
    world.served(firm, "2026Q1", 0.55)
    evaluate_quarter(clerk_store, Q1)
    lists = quarter_lists(clerk_store, Q1).as_dict()
    assert [(i["score"], i["status"]) for i in lists["interviews"]] == [(55.0, "pending")]
    interview_id = lists["interviews"][0]["id"]
    # Derived from firm and quarter: another clerk's installation writes the same row.
    assert interview_id == derived_id("interview", firm, "2026Q1")
    with pytest.raises(UserError, match="不能直接改为"):
        record_held(clerk_store, interview_id, dt.datetime.now(UTC), "纪要", "承诺")
    at = dt.datetime(2026, 4, 10, 2, tzinfo=UTC)
    schedule_interview(clerk_store, interview_id, at, "区住建局三楼会议室")
    record_held(clerk_store, interview_id, at, "指出保洁和电梯维保问题", "30 日内完成整改")
    row = start_rectification(clerk_store, interview_id).value
    assert row.rectification_due == dt.date(2026, 5, 10)
    evaluate_quarter(clerk_store, Q1)
    assert _count(clerk_store, Interview) == 1
    record_followup(
        clerk_store, interview_id, dt.date(2026, 5, 12), passed=False, note="电梯仍未维保"
    )
    with clerk_store.reading() as session:
        card = session.exec(select(Card).where(Card.quarter == "2026Q2")).one()
        assert session.get(Interview, interview_id).status == "escalated"  # type: ignore[union-attr]
    assert card.color == "yellow" and "复查未通过" in card.reason


def test_credit_file_objection_repair_and_grade(clerk_store: Store) -> None:
    world = World(clerk_store)
    firm = world.firm(7)
    world.served(firm, "2026Q1", 0.86)
    evaluate_quarter(clerk_store, Q1)
    issue_card(clerk_store, credit_code(7), Q2, "擅自占用公共部位", today=dt.date(2026, 4, 2))
    issue_card(clerk_store, credit_code(7), Q2, "未按时公示收支", today=dt.date(2026, 4, 3))
    file = credit_file(clerk_store, credit_code(7), dt.date(2026, 4, 5))
    # 86 − 2 − 2 = 82 → AA.
    assert (file.score, file.grade) == (pytest.approx(82), "AA")
    first, second = (e.id for e in file.entries)
    raise_objection(clerk_store, first, "现场照片显示已整改")
    decide_objection(clerk_store, first, upheld=True, note="复核属实")
    repair_credit(clerk_store, second, "已完成公示并提交整改报告", on=dt.date(2026, 4, 4))
    file = credit_file(clerk_store, credit_code(7), dt.date(2026, 4, 5))
    assert (file.score, file.grade, file.counting) == (pytest.approx(86), "AAA", set())
    with pytest.raises(UserError, match="已于"):
        repair_credit(clerk_store, second, "再次修复")
    assert credit_file(clerk_store, credit_code(7), dt.date(2027, 4, 5)).grade == "AAA"


def test_annual_score_is_the_mean_of_evaluated_quarters(clerk_store: Store) -> None:
    world = World(clerk_store)
    firm = world.firm()
    world.served(firm, "2026Q1", 0.9)
    world.served(firm, "2026Q2", 0.7)
    evaluate_quarter(clerk_store, Q1)
    evaluate_quarter(clerk_store, Q2)
    assert annual_scores(clerk_store, 2026)[firm] == pytest.approx(80)
    # 90 → 70 fell by 20 (more than 10) and the line through them reaches 50 next quarter.
    warnings = quarter_lists(clerk_store, Q2).as_dict()["warnings"]
    assert [(w["kind"], w["projected"]) for w in warnings] == [("drop", 50.0), ("trend", 50.0)]


def test_lists_ranked_on_owner_satisfaction_when_the_policy_says_so(clerk_store: Store) -> None:
    policy = {"lists": {"metric": "satisfaction", "red_count": 1, "black_count": 1}}
    world = World(clerk_store, policy)
    well_run, liked = world.firm(), world.firm()
    world.survey(well_run, world.served(well_run, "2026Q1", 0.95), "2026Q1", dissatisfied=10)
    world.survey(liked, world.served(liked, "2026Q1", 0.75), "2026Q1", very_satisfied=8, neutral=2)
    evaluate_quarter(clerk_store, Q1)
    lists = quarter_lists(clerk_store, Q1).as_dict()
    # Satisfaction: (8 × 100 + 2 × 60) / 10 = 92 for the liked firm, 30 for the well-run one.
    assert [(e["metric"], e["score"]) for e in lists["red"]] == [(92.0, 75.0)]
    assert [(e["metric"], e["score"]) for e in lists["black"]] == [(30.0, 95.0)]


def test_weekly_hot_topics_count_in_bureau_time(clerk_store: Store) -> None:
    world = World(clerk_store)
    firm = world.firm()
    compound = world.compound()
    monday = dt.datetime(2026, 3, 2, 2, tzinfo=UTC)
    for category, hours in (("电梯故障", 0), ("电梯故障", 30), ("噪音扰民", 50), ("环境卫生", 60)):
        world.ticket(firm, compound, monday + dt.timedelta(hours=hours), category=category)
    # Sunday 23:00 and next Monday 00:30 in Beijing: the first is this week, the second is not.
    world.ticket(firm, compound, dt.datetime(2026, 3, 8, 15, tzinfo=UTC), category="噪音扰民")
    world.ticket(firm, compound, dt.datetime(2026, 3, 8, 16, 30, tzinfo=UTC), category="停车")
    table = weekly_hot_topics(clerk_store, dt.date(2026, 3, 4))
    assert [(t.category, t.count, t.share) for t in table] == [
        ("噪音扰民", 2, 0.4),
        ("电梯故障", 2, 0.4),
        ("环境卫生", 1, 0.2),
    ]
