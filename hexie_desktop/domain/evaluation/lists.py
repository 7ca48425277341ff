"""The quarter's red and black lists (红黑榜).

Rules (numbers from the policy's `lists` section; docs/evaluation-rules.md gives the reasons):

- Firms are ordered by the ranking metric, `composite` (the quarterly score) or `satisfaction`
  (owner satisfaction from the quarter's surveys), best first; ties by quarterly score, then more
  compounds inspected, then credit code ascending. A firm without a value of the metric, or with
  fewer than `min_compounds_inspected` compounds inspected, is not ranked onto either list.
- Sizes: `size_by` `count` gives `red_count` and `black_count` places; `share` gives
  `red_share` and `black_share` of the firms evaluated in the quarter, rounded half up
  (8 % of 129 firms is 10.32, so 10 places; of 7 firms 0.56, so 1 place).
- Red list: from the top, the first firms (up to the red size) whose metric is at least
  `red_min_score` and whose credit grade is at least `red_min_credit_grade` (AAA > AA > A > B >
  C, the order of `credit.grades`); a firm holding a red card of the quarter is never red-listed.
- Black list, in this order, each entry recording the rule that put it there:
  1. `red_card`: every firm holding a red card of the quarter (whatever its score or coverage,
     even without a score this quarter, and even beyond the black size);
  2. `credit_grade`: every scored firm whose credit grade is one of `black_credit_grades` (C),
     whatever its quarter score, also beyond the black size;
  3. `ranked`: from the bottom, firms whose metric is at most `black_max_score` until the list
     holds the black size.
  A red-listed firm is never black-listed, so the two lists never share a firm (a firm graded C
  never reaches the red list while `red_min_credit_grade` is above C).
"""

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from hexie_desktop.domain.evaluation.policy import ListPolicy

RANKED = "ranked"
RED_CARD = "red_card"
CREDIT_GRADE = "credit_grade"
_HALF = 0.5
_EPSILON = 1e-9


@dataclass(frozen=True)
class ListCandidate:
    firm_id: str
    credit_code: str
    score: float | None
    metric: float | None
    compounds_inspected: int
    credit_grade: str | None = None


@dataclass(frozen=True)
class ListEntry:
    firm_id: str
    position: int
    metric: float | None
    red_card: bool
    rule: str = RANKED
    credit_grade: str | None = None


@dataclass(frozen=True)
class Lists:
    red: tuple[ListEntry, ...]
    black: tuple[ListEntry, ...]


def list_sizes(policy: ListPolicy, evaluated: int) -> tuple[int, int]:
    """(red places, black places) for a quarter in which `evaluated` firms got a score."""
    if policy.size_by == "count":
        return policy.red_count, policy.black_count

    def share(fraction: float) -> int:
        return math.floor(fraction * evaluated + _HALF + _EPSILON)

    return share(policy.red_share), share(policy.black_share)


def _order(candidate: ListCandidate) -> tuple[float, float, int, str]:
    metric = candidate.metric if candidate.metric is not None else float("-inf")
    score = candidate.score if candidate.score is not None else float("-inf")
    return (-metric, -score, -candidate.compounds_inspected, candidate.credit_code)


def _grade_allows_red(grade: str | None, policy: ListPolicy, grade_order: Sequence[str]) -> bool:
    least = policy.red_min_credit_grade
    if least is None or grade is None or least not in grade_order or grade not in grade_order:
        return True
    return grade_order.index(grade) <= grade_order.index(least)


def choose_lists(
    candidates: Sequence[ListCandidate],
    red_carded: Iterable[str],
    policy: ListPolicy,
    grade_order: Sequence[str] = (),
) -> Lists:
    """The red and black lists by the rules of the module docstring.

    `grade_order` names the credit grades best first; candidates without a credit grade are not
    held back by the credit rules.
    """
    carded = set(red_carded)
    ordered = sorted(candidates, key=_order)
    red_size, black_size = list_sizes(policy, sum(c.score is not None for c in candidates))
    ranked = [
        c
        for c in ordered
        if c.metric is not None and c.compounds_inspected >= policy.min_compounds_inspected
    ]
    red: list[ListCandidate] = []
    for c in ranked:
        if len(red) >= red_size:
            break
        if (
            c.firm_id not in carded
            and c.metric is not None
            and c.metric >= policy.red_min_score
            and _grade_allows_red(c.credit_grade, policy, grade_order)
        ):
            red.append(c)
    red_ids = {c.firm_id for c in red}
    black = [(c, RED_CARD) for c in reversed(ordered) if c.firm_id in carded]
    black += [
        (c, CREDIT_GRADE)
        for c in reversed(ordered)
        if c.firm_id not in carded
        and c.firm_id not in red_ids
        and c.score is not None
        and c.credit_grade in policy.black_credit_grades
    ]
    black_ids = {c.firm_id for c, _ in black}
    for c in reversed(ranked):
        if len(black) >= black_size:
            break
        if (
            c.firm_id not in red_ids
            and c.firm_id not in black_ids
            and c.metric is not None
            and c.metric <= policy.black_max_score
        ):
            black.append((c, RANKED))
    return Lists(
        tuple(
            ListEntry(c.firm_id, i, c.metric, False, RANKED, c.credit_grade)
            for i, c in enumerate(red, 1)
        ),
        tuple(
            ListEntry(c.firm_id, i, c.metric, rule == RED_CARD, rule, c.credit_grade)
            for i, (c, rule) in enumerate(black, 1)
        ),
    )
