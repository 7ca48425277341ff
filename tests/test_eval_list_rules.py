"""Worked examples of the rules added to the policy after its first version, numbers by hand."""

import datetime as dt
from dataclasses import replace

import pytest
from sqlmodel import select

from hexie_desktop.domain.evaluation.lists import ListCandidate, choose_lists, list_sizes
from hexie_desktop.domain.evaluation.policy import (
    LATER_DEFAULTS,
    PolicyError,
    parse_policy,
)
from hexie_desktop.domain.evaluation.scores import CompoundScore, firm_scores
from hexie_desktop.domain.quarters import Quarter
from hexie_desktop.services.authoring import authoring
from hexie_desktop.services.evaluation.evaluate import evaluate_quarter
from hexie_desktop.services.evaluation.results_view import quarter_lists, quarter_scores
from hexie_desktop.services.rules.standards import default_policy_document
from hexie_desktop.services.store import Store
from hexie_desktop.storage.tables import CreditEntry, FirmQuarterScore
from tests.eval_world import World

POLICY = parse_policy(default_policy_document())
GRADES = ("AAA", "AA", "A", "B", "C")
Q1 = Quarter(2026, 1)


def test_an_old_policy_without_the_new_keys_reads_with_the_documented_defaults() -> None:
    doc = default_policy_document()
    for section, keys in LATER_DEFAULTS.items():
        for key in keys:
            # The shipped policy leaves some later keys out (the bundles' suite), so that older
            # installations keep evaluating it.
            doc[section].pop(key, None)
    old = parse_policy(doc)
    assert old == POLICY
    assert (old.lists.size_by, old.lists.red_min_credit_grade) == ("count", "A")
    assert (old.lists.black_credit_grades, old.scoring.blank_households) == (("C",), "median")
    assert old.cards.auto_deductions == "credit_file"


@pytest.mark.parametrize(
    ("section", "key", "value", "named"),
    [
        ("lists", "size_by", "percent", "lists.size_by"),
        ("lists", "red_share", 1.5, "lists.red_share"),
        ("lists", "red_min_credit_grade", "AAAA", "lists.red_min_credit_grade"),
        ("lists", "black_credit_grades", ["D"], "lists.black_credit_grades"),
        ("scoring", "blank_households", "zero", "scoring.blank_households"),
        ("cards", "auto_deductions", True, "cards.auto_deductions"),
    ],
)
def test_a_bad_new_key_is_refused_by_name(
    section: str, key: str, value: object, named: str
) -> None:
    doc = default_policy_document()
    doc[section][key] = value
    with pytest.raises(PolicyError, match=named):
        parse_policy(doc)


@pytest.mark.parametrize(
    ("firms", "red", "black"),
    # 8 % and 4 %, rounded half up: 7 × 0.08 = 0.56 → 1 and 7 × 0.04 = 0.28 → 0;
    # 129 × 0.08 = 10.32 → 10 and 129 × 0.04 = 5.16 → 5; 3,000 → 240 and 120.
    [(7, 1, 0), (129, 10, 5), (3000, 240, 120)],
)
def test_list_sizes_as_a_share_of_the_firms_evaluated(firms: int, red: int, black: int) -> None:
    by_share = replace(POLICY.lists, size_by="share")
    assert list_sizes(by_share, firms) == (red, black)
    assert list_sizes(POLICY.lists, firms) == (10, 5)


def test_share_sizes_still_obey_the_score_thresholds() -> None:
    """129 firms scoring 99, 98, … 35: 10 red (all ≥ 85), 5 black (all ≤ 70)."""
    policy = replace(POLICY.lists, size_by="share", black_credit_grades=())
    candidates = [
        ListCandidate(f"f{n:03d}", f"{n:018d}", 99.0 - n / 2, 99.0 - n / 2, 1, "AAA")
        for n in range(129)
    ]
    lists = choose_lists(candidates, set(), policy, GRADES)
    assert [e.firm_id for e in lists.red] == [f"f{n:03d}" for n in range(10)]
    assert [e.firm_id for e in lists.black] == [f"f{n:03d}" for n in range(128, 123, -1)]
    # Seven firms all between 71 and 84: one red place by share, but nobody reaches 85.
    seven = [ListCandidate(f"g{n}", f"{n:018d}", 80.0 + n, 80.0 + n, 1, "AA") for n in range(4)]
    assert choose_lists(seven, set(), policy, GRADES).red == ()


def test_a_firm_at_88_graded_c_goes_black_not_red() -> None:
    candidates = [
        ListCandidate("top", "1" * 18, 92.0, 92.0, 2, "AAA"),
        ListCandidate("c88", "2" * 18, 88.0, 88.0, 2, "C"),
        ListCandidate("b86", "3" * 18, 86.0, 86.0, 2, "B"),
        ListCandidate("a85", "4" * 18, 85.0, 85.0, 2, "A"),
        ListCandidate("low", "5" * 18, 65.0, 65.0, 2, "B"),
    ]
    lists = choose_lists(candidates, set(), POLICY.lists, GRADES)
    # Red: at least 85 and graded at least A, so 92 and 85; 88 (C) and 86 (B) are held back.
    assert [e.firm_id for e in lists.red] == ["top", "a85"]
    assert [(e.firm_id, e.rule) for e in lists.black] == [
        ("c88", "credit_grade"),
        ("low", "ranked"),
    ]


def test_credit_grade_at_quarter_end_puts_a_firm_at_88_on_the_black_list(
    clerk_store: Store,
) -> None:
    world = World(clerk_store)
    graded_c, good, other = world.firm(), world.firm(), world.firm()
    world.served(graded_c, "2026Q1", 0.88)
    world.served(good, "2026Q1", 0.90)
    world.served(other, "2026Q1", 0.86)
    with clerk_store.transaction() as session, authoring(session) as author:
        # A 30-point bad entry of 2025Q4: not a Q1 deduction, but 88 − 30 = 58 is grade C.
        session.add(
            CreditEntry(
                firm_id=graded_c,
                kind="bad",
                points=30.0,
                reason="违规收费",
                recorded_on=dt.date(2025, 11, 15),
                expires_on=dt.date(2026, 11, 15),
                source="manual",
                quarter="2025Q4",
                **author.stamp(),
            )
        )
    evaluate_quarter(clerk_store, Q1, today=dt.date(2026, 4, 10))
    lists = quarter_lists(clerk_store, Q1).as_dict()
    assert [e["name"] for e in lists["red"]] == ["第2物业公司", "第3物业公司"]
    assert [(e["name"], e["score"], e["rule"]) for e in lists["black"]] == [
        ("第1物业公司", 88.0, "credit_grade")
    ]


def _compounds(*rows: tuple[float, int]) -> list[CompoundScore]:
    return [
        CompoundScore(f"c{n}", "firm", households, {"A": total}, 1)
        for n, (total, households) in enumerate(rows)
    ]


@pytest.mark.parametrize(
    ("rule", "weighting", "score", "inspected"),
    [
        # Median of the known 300 and 100 is 200: (300×90 + 100×50 + 200×70) / 600 = 76.67.
        ("median", "households", 46000 / 600, 3),
        # One household: (27000 + 5000 + 70) / 401 = 79.98.
        ("one_household", "households", 32070 / 401, 3),
        # Left out: (27000 + 5000) / 400 = 80, and two compounds inspected.
        ("left_out", "households", 80.0, 2),
        # Equal weights ignore households altogether: (90 + 50 + 70) / 3 = 70.
        ("median", "equal", 70.0, 3),
    ],
)
def test_a_compound_with_blank_households_under_each_policy(
    rule: str, weighting: str, score: float, inspected: int
) -> None:
    policy = replace(POLICY.scoring, blank_households=rule, weighting=weighting)
    (found,) = firm_scores(_compounds((90, 300), (50, 100), (70, 0)), {}, {}, policy)
    assert found.score == pytest.approx(score)
    assert found.compounds_inspected == inspected


def test_only_blank_compounds_weigh_equally_or_leave_the_firm_unscored() -> None:
    blank = _compounds((90, 0), (60, 0))
    (median,) = firm_scores(blank, {}, {}, POLICY.scoring)
    assert median.score == pytest.approx(75.0)
    left_out = replace(POLICY.scoring, blank_households="left_out")
    assert firm_scores(blank, {}, {}, left_out) == []


@pytest.mark.parametrize(("rule", "score"), [("credit_file", 45.0), ("quarter_score", 43.0)])
def test_automatic_card_deductions_lower_the_quarter_only_when_the_policy_says(
    clerk_store: Store, rule: str, score: float
) -> None:
    world = World(clerk_store, {"cards": {"auto_deductions": rule}})
    weak = world.firm()
    world.served(weak, "2026Q1", 0.45)
    evaluate_quarter(clerk_store, Q1)
    evaluate_quarter(clerk_store, Q1)
    # 45 is under the automatic yellow line of 50; the card's 2 points come off only by policy.
    (row,) = quarter_scores(clerk_store, Q1).as_dict()["firms"]
    assert row["score"] == pytest.approx(score)
    assert row["auto_deductions"] == pytest.approx(45.0 - score)
    with clerk_store.reading() as session:
        stored = session.exec(select(FirmQuarterScore)).one()
    assert stored.raw_score == pytest.approx(45.0)


def test_an_old_policy_with_its_own_grade_names_reads_with_defaults_that_fit_them() -> None:
    doc = default_policy_document()
    for key in ("red_min_credit_grade", "black_credit_grades"):
        del doc["lists"][key]
    doc["credit"]["grades"] = [["优", 85], ["良", 70], ["中", 60]]
    doc["credit"]["lowest_grade"] = "差"
    lists = parse_policy(doc).lists
    assert (lists.red_min_credit_grade, lists.black_credit_grades) == (None, ("差",))
