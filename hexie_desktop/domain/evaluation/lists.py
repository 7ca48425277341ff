"""The quarter's red and black lists (红黑榜).

Rules (numbers from the policy's `lists` section):

- Firms are ordered by the ranking metric, `composite` (the quarterly score) or `satisfaction`
  (owner satisfaction from the quarter's surveys), best first; ties by quarterly score, then more
  compounds inspected, then credit code ascending. A firm without a value of the metric, or with
  fewer than `min_compounds_inspected` compounds inspected, is not ranked onto either list.
- Red list: from the top, the first `red_count` firms whose metric is at least `red_min_score`;
  a firm holding a red card of the quarter is never red-listed.
- Black list: every firm holding a red card of the quarter first (whatever its score or
  coverage, even without a score this quarter, and even beyond `black_count`); then, from the bottom, firms whose metric is at most
  `black_max_score` until the list holds `black_count` firms. A red-listed firm is never
  black-listed, so the two lists never share a firm.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from hexie_desktop.domain.evaluation.policy import ListPolicy


@dataclass(frozen=True)
class ListCandidate:
    firm_id: str
    credit_code: str
    score: float | None
    metric: float | None
    compounds_inspected: int


@dataclass(frozen=True)
class ListEntry:
    firm_id: str
    position: int
    metric: float | None
    red_card: bool


@dataclass(frozen=True)
class Lists:
    red: tuple[ListEntry, ...]
    black: tuple[ListEntry, ...]


def _order(candidate: ListCandidate) -> tuple[float, float, int, str]:
    metric = candidate.metric if candidate.metric is not None else float("-inf")
    score = candidate.score if candidate.score is not None else float("-inf")
    return (-metric, -score, -candidate.compounds_inspected, candidate.credit_code)


def choose_lists(
    candidates: Sequence[ListCandidate], red_carded: Iterable[str], policy: ListPolicy
) -> Lists:
    """The red and black lists by the rules of the module docstring."""
    carded = set(red_carded)
    ordered = sorted(candidates, key=_order)
    ranked = [
        c
        for c in ordered
        if c.metric is not None and c.compounds_inspected >= policy.min_compounds_inspected
    ]
    red: list[ListCandidate] = []
    for c in ranked:
        if len(red) >= policy.red_count:
            break
        if c.firm_id not in carded and c.metric is not None and c.metric >= policy.red_min_score:
            red.append(c)
    red_ids = {c.firm_id for c in red}
    black = [c for c in reversed(ordered) if c.firm_id in carded]
    black_ids = {c.firm_id for c in black}
    for c in reversed(ranked):
        if len(black) >= policy.black_count:
            break
        if (
            c.firm_id not in red_ids
            and c.firm_id not in black_ids
            and c.metric is not None
            and c.metric <= policy.black_max_score
        ):
            black.append(c)
    return Lists(
        tuple(ListEntry(c.firm_id, i, c.metric, False) for i, c in enumerate(red, 1)),
        tuple(
            ListEntry(c.firm_id, i, c.metric, c.firm_id in carded) for i, c in enumerate(black, 1)
        ),
    )
