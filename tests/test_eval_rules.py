"""Worked examples of the evaluation rules, every number computed by hand in the test."""

import datetime as dt
from collections import Counter
from dataclasses import replace

import pytest

from hexie_desktop.domain.evaluation.cards import YellowCard, auto_yellow_due, escalations
from hexie_desktop.domain.evaluation.complaints import (
    TicketCounts,
    complaint_part_score,
    hot_topics,
    metrics,
    week_bounds,
)
from hexie_desktop.domain.evaluation.credit import CreditFact, credit_grade, credit_score
from hexie_desktop.domain.evaluation.early_warning import early_warnings
from hexie_desktop.domain.evaluation.grading import (
    CommunityEntry,
    combine_sources,
    grade_communities,
    quota_places,
    source_total,
)
from hexie_desktop.domain.evaluation.interviews import (
    InterviewError,
    check_transition,
    interviews_due,
)
from hexie_desktop.domain.evaluation.lists import ListCandidate, choose_lists
from hexie_desktop.domain.evaluation.policy import PolicyError, parse_policy
from hexie_desktop.domain.evaluation.scores import (
    InspectedSheet,
    annual_score,
    compound_scores,
    firm_scores,
)
from hexie_desktop.domain.evaluation.sheet import (
    PartTally,
    SheetError,
    SheetResult,
    counted_score,
    indicator_score,
    over_maximum,
    score_sheet,
    typed_score,
)
from hexie_desktop.domain.quarters import Quarter
from hexie_desktop.services.rules.standards import default_policy_document, default_service_standard

POLICY = parse_policy(default_policy_document())
PARTS = {"A": 25.0, "B": 20.0, "C": 40.0, "D": 15.0}


def test_default_policy_reads_and_bad_policies_name_the_key() -> None:
    assert POLICY.lists.red_count == 10 and POLICY.credit.grades[0] == ("AAA", 85.0)
    doc = default_policy_document()
    doc["lists"]["red_cnt"] = 3
    with pytest.raises(PolicyError, match="lists.red_cnt"):
        parse_policy(doc)
    doc = default_policy_document()
    doc["lists"]["red_count"] = "ten"
    with pytest.raises(PolicyError, match="red_count"):
        parse_policy(doc)
    doc = default_policy_document()
    del doc["scoring"]["weighting"]
    with pytest.raises(PolicyError, match="scoring.weighting"):
        parse_policy(doc)
    doc = default_policy_document()
    doc["complaints"]["weights"]["acceptance"] = 0.5
    with pytest.raises(PolicyError, match="合计为 1"):
        parse_policy(doc)


def test_indicator_never_above_maximum_nor_below_zero() -> None:
    a03 = next(i for i in default_service_standard().indicators() if i.code == "A03")
    assert a03.max_points == 4
    assert indicator_score(a03, {"A03-2": 1}) == 3
    # 2 + 3 × 1 = 5 points of deductions on a 4-point indicator: zero, not −1.
    assert indicator_score(a03, {"A03-1": 1, "A03-2": 3}) == 0
    assert typed_score(a03, None) is None
    # A draft keeps 4.5 as typed, so the slip is shown; it counts for 4 and cannot be submitted.
    assert typed_score(a03, 4.5) == 4.5
    assert over_maximum(a03.max_points, 4.5) and not over_maximum(a03.max_points, 4.0)
    assert counted_score(a03.max_points, 4.5) == 4.0
    assert counted_score(a03.max_points, -1.0) == 0.0  # as a bundle might bring it
    with pytest.raises(SheetError, match="负数"):
        typed_score(a03, -1)
    with pytest.raises(SheetError, match="数字"):
        typed_score(a03, float("nan"))
    with pytest.raises(SheetError, match="没有扣分项"):
        indicator_score(a03, {"C01-1": 1})


def test_incomplete_sheet_scales_to_what_was_scored() -> None:
    # A: 18 of the 20 points scored → 22.5 of 25; B: nothing scored, filled from tickets: 10;
    # C: 30 of 40; D: nothing scored → the sheet's rate (18 + 10 + 30) / 80 = 0.725 × 15 = 10.875.
    tallies = {"A": PartTally(18, 20), "C": PartTally(30, 40)}
    result = score_sheet(PARTS, tallies, POLICY.scoring, {"B": 10.0})
    assert result is not None
    assert result.parts == {"A": 22.5, "B": 10.0, "C": 30.0, "D": 10.875}
    assert result.total == pytest.approx(73.375)
    assert result.scored_fraction == pytest.approx(0.8)
    stricter = replace(POLICY.scoring, min_scored_fraction=0.9)
    assert score_sheet(PARTS, tallies, stricter, {"B": 10.0}) is None
    exclude = replace(POLICY.scoring, incomplete_sheet="exclude")
    assert score_sheet(PARTS, tallies, exclude, {"B": 10.0}) is None
    assert score_sheet(PARTS, {}, POLICY.scoring) is None


def _sheet(
    compound: str, firm: str, households: int, total: float, day: str = "2026-02-01"
) -> InspectedSheet:
    parts = {code: total * maximum / 100 for code, maximum in PARTS.items()}
    return InspectedSheet(compound, firm, households, (day, 0), SheetResult(parts, 1.0))


def test_firm_score_is_household_weighted_less_deductions() -> None:
    sheets = [
        _sheet("c1", "f1", 300, 90),
        _sheet("c2", "f1", 100, 50),
        _sheet("c3", "f2", 100, 80),
        _sheet("c3", "f2", 100, 60, "2026-03-01"),
        _sheet("c4", "f3", 100, 3),
    ]
    codes = {"f1": "B", "f2": "A", "f3": "C"}
    scores = firm_scores(
        compound_scores(sheets, "mean"), codes, {"f2": 2.0, "f3": 5.0}, POLICY.scoring
    )
    by_firm = {s.firm_id: s for s in scores}
    # (300 × 90 + 100 × 50) / 400 = 80; part A: (300 × 22.5 + 100 × 12.5) / 400 = 20.
    assert by_firm["f1"].score == pytest.approx(80)
    assert by_firm["f1"].parts["A"] == pytest.approx(20)
    # Two inspections of one compound: mean 70, less a 2-point card → 68; parts stay 70's.
    assert by_firm["f2"].score == pytest.approx(68)
    assert sum(by_firm["f2"].parts.values()) == pytest.approx(70)
    # 3 − 5 is clamped to 0.
    assert by_firm["f3"].score == 0
    assert [s.firm_id for s in scores] == ["f1", "f2", "f3"]
    assert [s.rank for s in scores] == [1, 2, 3]
    equal = replace(POLICY.scoring, weighting="equal")
    assert firm_scores(compound_scores(sheets[:2], "mean"), codes, {}, equal)[0].score == 70
    latest = compound_scores(sheets[2:4], "latest")[0]
    assert latest.total == pytest.approx(60)
    lowest = compound_scores(sheets[2:4], "min")[0]
    assert lowest.total == pytest.approx(60)


def test_rank_ties_go_to_more_compounds_then_credit_code() -> None:
    sheets = [
        _sheet("c1", "f1", 100, 75),
        _sheet("c2", "f2", 100, 75),
        _sheet("c3", "f2", 100, 75),
        _sheet("c4", "f3", 100, 75),
    ]
    codes = {"f1": "Z", "f2": "Y", "f3": "X"}
    ranked = firm_scores(compound_scores(sheets, "mean"), codes, {}, POLICY.scoring)
    assert [(s.firm_id, s.rank) for s in ranked] == [("f2", 1), ("f3", 2), ("f1", 3)]


def test_annual_score_is_the_mean_of_the_quarters_the_firm_has() -> None:
    assert annual_score([80, 70, 90]) == 80
    assert annual_score([64.5]) == 64.5
    assert annual_score([]) is None


def test_complaint_rates_and_part_score() -> None:
    # The four tickets of test_eval_service's worked example, as the database counts them.
    counts = TicketCounts(
        total=4, accepted=4, resolved=3, on_time=1, answered=4, satisfied=2, redone=1, escalated=1
    )
    found = metrics(counts)
    assert (found.acceptance, found.resolution, found.on_time) == (1.0, 0.75, 0.25)
    assert (found.satisfaction, found.redo) == (0.5, 0.25)
    # 20 × (0.1 × 1 + 0.3 × 0.75 + 0.3 × 0.25 + 0.3 × 0.5) = 20 × 0.55 = 11;
    # less 20 × 0.5 × 0.25 = 2.5 for redoing → 8.5.
    assert complaint_part_score(found, 20, POLICY.complaints) == pytest.approx(8.5)
    assert complaint_part_score(None, 20, POLICY.complaints) == 20


def test_hot_topics_rank_categories_by_count_with_share() -> None:
    table = hot_topics(Counter(["噪音", "噪音", "电梯", "环境卫生", "环境卫生", "环境卫生"]))
    assert [(t.category, t.count, t.share) for t in table] == [
        ("环境卫生", 3, 0.5),
        ("噪音", 2, 2 / 6),
        ("电梯", 1, 1 / 6),
    ]
    assert week_bounds(dt.date(2026, 3, 5)) == (dt.date(2026, 3, 2), dt.date(2026, 3, 9))


def _district(n: int = 129) -> list[ListCandidate]:
    """Firm i scores 40 + 0.45 i: from 40.00 (firm 0) to 97.60 (firm 128)."""
    return [
        ListCandidate(f"f{i:03d}", f"C{i:03d}", 40 + 0.45 * i, 40 + 0.45 * i, 3) for i in range(n)
    ]


def test_district_of_129_firms_has_10_red_and_5_black() -> None:
    lists = choose_lists(_district(), set(), POLICY.lists)
    assert [e.firm_id for e in lists.red] == [f"f{i:03d}" for i in range(128, 118, -1)]
    assert [e.firm_id for e in lists.black] == ["f000", "f001", "f002", "f003", "f004"]
    # The best firm holds a red card: never red-listed, always black-listed (first).
    carded = choose_lists(_district(), {"f128"}, POLICY.lists)
    assert [e.firm_id for e in carded.red] == [f"f{i:03d}" for i in range(127, 117, -1)]
    assert [e.firm_id for e in carded.black] == ["f128", "f000", "f001", "f002", "f003"]
    assert carded.black[0].red_card


def test_lists_respect_thresholds_and_minimum_coverage() -> None:
    # Only firms 100…128 reach 85 (40 + 0.45 × 100 = 85): with a count of 40, 29 are red.
    wide = replace(POLICY.lists, red_count=40, black_count=40, min_compounds_inspected=4)
    assert choose_lists(_district(), set(), wide) == choose_lists([], set(), wide)
    few = [replace(c, compounds_inspected=4) for c in _district()]
    lists = choose_lists(few, set(), wide)
    assert len(lists.red) == 29 and min(e.metric or 0 for e in lists.red) >= 85
    # 40 + 0.45 i ≤ 70 for i ≤ 66: 67 firms qualify, the list stops at 40.
    assert len(lists.black) == 40 and max(e.metric or 0 for e in lists.black) <= 70


def test_two_consecutive_yellows_escalate_once() -> None:
    q = Quarter.parse
    yellow = [
        YellowCard("y1", "f1", q("2026Q1")),
        YellowCard("y2", "f1", q("2026Q2")),
        YellowCard("y3", "f1", q("2026Q3")),
        YellowCard("y4", "f1", q("2026Q4")),
        YellowCard("y5", "f2", q("2025Q4")),
        YellowCard("y6", "f2", q("2026Q1")),
        YellowCard("y7", "f3", q("2026Q1")),
        YellowCard("y8", "f3", q("2026Q3")),
        YellowCard("y9", "f4", q("2026Q1")),
        YellowCard("y10", "f4", q("2026Q1")),
    ]
    found = [(e.firm_id, str(e.quarter), e.from_ids) for e in escalations(yellow)]
    assert found == [
        ("f1", "2026Q2", ("y1", "y2")),
        ("f1", "2026Q4", ("y3", "y4")),
        ("f2", "2026Q1", ("y5", "y6")),
    ]
    assert auto_yellow_due({"a": 49.99, "b": 50.0}, POLICY.cards) == ["a"]
    assert auto_yellow_due({"a": 10.0}, replace(POLICY.cards, auto_yellow_below=None)) == []


def test_credit_grade_thresholds_and_counting_entries() -> None:
    grades = [credit_grade(s, POLICY.credit) for s in (85, 84.99, 80, 70, 60, 59.99)]
    assert grades == ["AAA", "AA", "AA", "A", "B", "C"]
    day = dt.date(2026, 6, 1)
    year = dt.timedelta(days=365)
    entries = [
        CreditFact("good", 3, dt.date(2026, 1, 1), dt.date(2026, 1, 1) + year),
        CreditFact("bad", 2, dt.date(2026, 2, 1), dt.date(2026, 2, 1) + year),
        CreditFact("bad", 10, dt.date(2025, 1, 1), dt.date(2026, 1, 1)),
        CreditFact("bad", 5, dt.date(2026, 3, 1), dt.date(2027, 3, 1), "upheld"),
        CreditFact("bad", 7, dt.date(2026, 3, 1), dt.date(2027, 3, 1), "raised"),
        CreditFact("bad", 4, dt.date(2026, 3, 1), dt.date(2027, 3, 1), repaired_on=day),
    ]
    # 80 + 3 − 2 − 7 (the objection is not yet decided); expired, upheld and repaired do not count.
    assert credit_score(80, entries, day, POLICY.credit) == 74
    assert credit_score(None, [], day, POLICY.credit) == 70


def test_interviews_under_60_and_their_steps() -> None:
    due = interviews_due({"a": 59.99, "b": 60.0, "c": 30.0}, POLICY.interviews)
    assert due == ["c", "a"]
    assert interviews_due({"a": 59, "c": 30}, replace(POLICY.interviews, max_count=1)) == ["c"]
    for current, target in [
        ("pending", "scheduled"),
        ("scheduled", "held"),
        ("held", "rectifying"),
        ("rectifying", "closed"),
        ("rectifying", "escalated"),
    ]:
        check_transition(current, target)
    with pytest.raises(InterviewError, match="已安排"):
        check_transition("pending", "held")
    with pytest.raises(InterviewError, match="已结束"):
        check_transition("closed", "pending")


def test_early_warning_on_sharp_drop_or_trend_to_60() -> None:
    found = early_warnings(
        {"drop": 55, "trend": 64, "flat": 62, "new": 40, "both": 62},
        {"drop": 80, "trend": 70, "flat": 64, "both": 73},
        POLICY.warning,
    )
    assert [(w.firm_id, w.kind, w.projected) for w in found] == [
        ("both", "drop", 51),
        ("both", "trend", 51),
        ("drop", "drop", 30),
        ("trend", "trend", 58),
    ]


def _communities(scores: list[float], **overrides: object) -> list[CommunityEntry]:
    entry = CommunityEntry("", dt.date(2020, 1, 1), {})
    return [
        replace(entry, community_id=f"c{i:02d}", sources={"district": s}, **overrides)  # type: ignore[arg-type]
        for i, s in enumerate(scores)
    ]


def test_twenty_communities_give_2_aaa_6_aa_10_a() -> None:
    results = grade_communities(_communities([99 - i for i in range(20)]), 2026, POLICY.grading)
    grades = [r.grade for r in results]
    assert grades == ["AAA"] * 2 + ["AA"] * 6 + ["A"] * 10 + [None] * 2
    assert [r.rank for r in results] == list(range(1, 21))
    assert [r.recommended for r in results] == [True] * 8 + [False] * 12
    assert all(r.change == "new" for r in results)
    assert quota_places(20, POLICY.grading) == {"AAA": 2, "AA": 6, "A": 10}
    # 7 communities: floor(0.7) = 0 AAA, floor(2.8) = 2 AA, floor(6.3) − 2 = 4 A.
    assert quota_places(7, POLICY.grading) == {"AAA": 0, "AA": 2, "A": 4}


def test_grading_ties_criticism_disqualification_and_change() -> None:
    # Three tie for the two AAA places: all three go to AA, AAA stays empty.
    scores = [95.0, 95.0, 95.0] + [90.0 - i for i in range(17)]
    results = grade_communities(_communities(scores), 2026, POLICY.grading)
    assert [r.grade for r in results[:3]] == ["AA"] * 3
    assert sum(r.grade == "AA" for r in results) == 6
    # Under 70: public criticism, no grade, even within the A quota.
    low = grade_communities(_communities([80, 69.5]), 2026, POLICY.grading)
    assert (low[1].grade, low[1].criticised) == (None, True)
    entries = _communities([90, 85])
    entries[0] = replace(entries[0], serious_incident=True, had_last_year=True, last_grade="A")
    entries[1] = replace(entries[1], had_last_year=True, last_grade="AAA")
    entries.append(replace(entries[1], community_id="young", first_election_on=dt.date(2026, 1, 1)))
    result = {r.community_id: r for r in grade_communities(entries, 2026, POLICY.grading)}
    assert result["c00"].disqualified and result["c00"].grade is None
    assert result["c00"].change == "down"
    assert (result["c01"].rank, result["c01"].change) == (1, "down")
    assert not result["young"].eligible and result["young"].rank is None


def test_three_sources_combine_by_policy_weights() -> None:
    weights = POLICY.grading.source_weights
    assert combine_sources({"district": 90, "third_party": 80, "street": 70}, weights) == 83
    # Without the street cross-check: (0.5 × 90 + 0.3 × 80) / 0.8 = 86.25.
    assert combine_sources({"district": 90, "third_party": 80}, weights) == pytest.approx(86.25)
    assert combine_sources({}, weights) is None
    assert source_total({"A01": 1.5, "A02": -1}, {"A01": 1.0, "A02": 1.0}) == 1.0
    with pytest.raises(SheetError, match="Z99"):
        source_total({"Z99": 1}, {"A01": 1.0})
