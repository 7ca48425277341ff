"""Invariants of the evaluation rules, for any input hypothesis can think of."""

import datetime as dt
import math
import random
from collections import Counter
from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, literal, select

from hexie_desktop.domain.evaluation.grading import CommunityEntry, grade_communities, quota_places
from hexie_desktop.domain.evaluation.lists import ListCandidate, choose_lists
from hexie_desktop.domain.evaluation.policy import parse_policy
from hexie_desktop.domain.evaluation.scores import (
    InspectedSheet,
    annual_score,
    compound_scores,
    firm_scores,
)
from hexie_desktop.domain.evaluation.sheet import (
    PartTally,
    SheetResult,
    counted_score,
    score_sheet,
)
from hexie_desktop.services.evaluation.inputs import counted_points
from hexie_desktop.services.rules.standards import default_policy_document

POLICY = parse_policy(default_policy_document())
PARTS = {"A": 25.0, "B": 20.0, "C": 40.0, "D": 15.0}
TOLERANCE = 1e-9

points = st.floats(-50, 150, allow_nan=False)
tallies = st.dictionaries(
    st.sampled_from(list(PARTS)),
    st.tuples(points, st.floats(0, 60, allow_nan=False)).map(lambda t: PartTally(*t)),
)


@given(tallies, st.dictionaries(st.sampled_from(list(PARTS)), points, max_size=1))
def test_a_sheet_stays_within_its_maxima(
    found: dict[str, PartTally], fills: dict[str, float]
) -> None:
    result = score_sheet(PARTS, found, POLICY.scoring, fills)
    if result is not None:
        assert set(result.parts) == set(PARTS)
        for code, value in result.parts.items():
            assert -TOLERANCE <= value <= PARTS[code] + TOLERANCE
        assert -TOLERANCE <= result.total <= 100 + TOLERANCE
        assert result.scored_fraction + TOLERANCE >= POLICY.scoring.min_scored_fraction


sheet = st.builds(
    lambda compound, firm, households, total, day: (compound, firm, households, total, day),
    st.integers(0, 15),
    st.integers(0, 6),
    st.integers(0, 2000),
    st.floats(0, 100, allow_nan=False),
    st.integers(1, 80),
)


def _sheets(raw: list[tuple[int, int, int, float, int]]) -> list[InspectedSheet]:
    return [
        InspectedSheet(
            f"c{compound}",
            f"f{firm}",
            households,
            (f"2026-01-{day % 28 + 1:02d}", day),
            SheetResult({k: total * m / 100 for k, m in PARTS.items()}, 1.0),
        )
        for compound, firm, households, total, day in raw
    ]


@settings(max_examples=60)
@given(
    st.lists(sheet, max_size=40),
    st.dictionaries(st.sampled_from([f"f{i}" for i in range(7)]), st.floats(0, 120)),
    st.sampled_from(["mean", "latest", "min"]),
    st.sampled_from(["households", "equal"]),
    st.randoms(use_true_random=False),
)
def test_scores_in_range_ranks_a_permutation_and_order_free(
    raw: list[tuple[int, int, int, float, int]],
    deductions: dict[str, float],
    rule: str,
    weighting: str,
    rng: random.Random,
) -> None:
    policy = replace(POLICY.scoring, weighting=weighting)
    sheets = _sheets(raw)
    codes = {f"f{i}": f"CODE{(i * 5) % 7}" for i in range(7)}
    scores = firm_scores(compound_scores(sheets, rule), codes, deductions, policy)
    assert sorted(s.rank for s in scores) == list(range(1, len(scores) + 1))
    assert all(0 <= s.score <= 100 for s in scores)
    assert all(s.score >= scores[i + 1].score for i, s in enumerate(scores[:-1]))
    shuffled = list(sheets)
    rng.shuffle(shuffled)
    again = firm_scores(compound_scores(shuffled, rule), codes, deductions, policy)
    assert [(s.firm_id, s.rank) for s in again] == [(s.firm_id, s.rank) for s in scores]
    for first, second in zip(scores, again, strict=True):
        assert math.isclose(first.score, second.score, abs_tol=1e-9)


candidates = st.lists(
    st.builds(
        ListCandidate,
        st.uuids().map(str),
        st.text("0123456789ABCDEF", min_size=4, max_size=4),
        st.floats(0, 100),
        st.one_of(st.none(), st.floats(0, 100)),
        st.integers(0, 4),
    ),
    max_size=60,
    unique_by=lambda c: c.firm_id,
)


@settings(max_examples=50)
@given(
    candidates,
    st.integers(0, 15),
    st.integers(0, 15),
    st.floats(0, 100),
    st.floats(0, 100),
    st.integers(0, 3),
    st.data(),
)
def test_lists_disjoint_and_within_counts_and_thresholds(  # noqa: PLR0917
    found: list[ListCandidate],
    red_count: int,
    black_count: int,
    red_min: float,
    black_max: float,
    min_compounds: int,
    data: st.DataObject,
) -> None:
    policy = replace(
        POLICY.lists,
        red_count=red_count,
        black_count=black_count,
        red_min_score=red_min,
        black_max_score=black_max,
        min_compounds_inspected=min_compounds,
    )
    ids = [c.firm_id for c in found]
    carded = set(data.draw(st.lists(st.sampled_from(ids), unique=True)) if ids else [])
    lists = choose_lists(found, carded, policy)
    red = {e.firm_id for e in lists.red}
    black = {e.firm_id for e in lists.black}
    by_id = {c.firm_id: c for c in found}
    assert not red & black
    assert not red & carded
    assert carded <= black
    assert len(red) <= red_count
    assert len(black) <= max(black_count, len(carded))
    for firm_id in red:
        c = by_id[firm_id]
        assert (
            c.metric is not None and c.metric >= red_min and c.compounds_inspected >= min_compounds
        )
    for firm_id in black - carded:
        c = by_id[firm_id]
        assert (
            c.metric is not None
            and c.metric <= black_max
            and c.compounds_inspected >= min_compounds
        )
    reversed_lists = choose_lists(list(reversed(found)), carded, policy)
    assert reversed_lists == lists


@settings(max_examples=50)
@given(
    st.lists(st.integers(50, 100).map(float), max_size=60),
    st.lists(st.booleans(), max_size=60),
)
def test_grade_quotas_never_exceeded_and_ties_share_a_grade(
    scores: list[float], incidents: list[bool]
) -> None:
    entries = [
        CommunityEntry(
            f"c{i:03d}",
            dt.date(2020, 1, 1),
            {"district": s},
            serious_incident=i < len(incidents) and incidents[i],
        )
        for i, s in enumerate(scores)
    ]
    results = grade_communities(entries, 2026, POLICY.grading)
    participants = [r for r in results if r.rank is not None]
    places = quota_places(len(participants), POLICY.grading)
    counts = Counter(r.grade for r in results if r.grade is not None)
    for grade, n in counts.items():
        assert n <= places[grade]
    grades_by_score: dict[float, set[str | None]] = {}
    for r in participants:
        assert r.score is not None
        if r.score >= POLICY.grading.min_score:
            grades_by_score.setdefault(r.score, set()).add(r.grade)
        else:
            assert r.grade is None and r.criticised
    assert all(len(g) == 1 for g in grades_by_score.values())
    assert all(r.grade is None for r in results if r.disqualified)


@given(st.lists(st.floats(0, 100), min_size=1, max_size=4))
def test_annual_is_the_mean_of_quarters(quarters: list[float]) -> None:
    value = annual_score(quarters)
    assert value is not None
    assert math.isclose(value, sum(quarters) / len(quarters), abs_tol=1e-9)
    assert min(quarters) - 1e-9 <= value <= max(quarters) + 1e-9


_MEMORY = create_engine("sqlite://")


@given(st.floats(-50, 150, allow_nan=False), st.floats(0, 60, allow_nan=False))
def test_the_database_counts_a_score_as_the_sheet_does(score: float, maximum: float) -> None:
    """The evaluation's SQL clamp and the domain's `counted_score` are one rule."""
    with _MEMORY.connect() as conn:
        in_sql = conn.execute(select(counted_points(literal(score), literal(maximum)))).scalar()
    assert in_sql == counted_score(maximum, score)
