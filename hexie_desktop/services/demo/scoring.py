"""How demo field work scores: a latent quality per firm drives deductions, surveys and complaints.

A real inspector does not write a number; they tick itemised deductions and the indicator's score is
its maximum less what they ticked. Demo data works the same way, so every score can be traced to
deductions of the standard, and the spread of firm scores comes from the spread of firm quality.
"""

import math
import random
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any

LOWEST_TARGET = 40.0
HIGHEST_TARGET = 99.5


@dataclass(frozen=True)
class SheetIndicator:
    """One indicator of the standard as an inspector's sheet needs it."""

    id: str
    code: str
    max_points: float
    deductions: tuple[tuple[str, float], ...]

    @cached_property
    def smallest(self) -> tuple[str, float]:
        """The cheapest deduction (code, points), or an impossible one for an indicator with none."""
        return min(self.deductions, key=lambda d: d[1], default=("", math.inf))


def firm_target(rng: random.Random) -> float:
    """The points a firm would score on average: most 70–95, a tail down toward 45."""
    return 97.0 - 52.0 * rng.betavariate(2.0, 3.5)


def fallback_target(rng: random.Random) -> float:
    """State-owned fallback firms do the minimum for compounds that pay little: middling scores."""
    return rng.uniform(64.0, 80.0)


def clamp_target(points: float) -> float:
    return min(HIGHEST_TARGET, max(LOWEST_TARGET, points))


def score_indicator(
    rng: random.Random, indicator: SheetIndicator, loss: float
) -> tuple[float, list[dict[str, Any]]]:
    """Tick deductions worth about `loss` points; the score is the maximum less what was ticked.

    Deductions that fit the remaining loss are drawn at random; the last fraction is ticked with
    the probability that keeps the expected loss right. Nothing is ticked beyond the maximum, so
    the score never goes below zero and always equals maximum minus deductions.
    """
    smallest_code, smallest = indicator.smallest
    if loss < smallest:
        if smallest <= indicator.max_points and rng.random() < loss / smallest:
            return indicator.max_points - smallest, [{"code": smallest_code, "count": 1}]
        return indicator.max_points, []
    counts: dict[str, int] = {}
    taken = 0.0
    remaining = loss
    while remaining > 0:
        room = indicator.max_points - taken
        candidates = [d for d in indicator.deductions if d[1] <= room]
        if not candidates:
            break
        fitting = [d for d in candidates if d[1] <= remaining]
        if fitting:
            code, points = rng.choice(fitting)
        else:
            code, points = min(candidates, key=lambda d: d[1])
            if rng.random() >= remaining / points:
                break
        counts[code] = counts.get(code, 0) + 1
        taken += points
        remaining -= points
    applied = [
        {"code": code, "count": counts[code]} for code, _ in indicator.deductions if code in counts
    ]
    return indicator.max_points - taken, applied


def target_scores(
    rng: random.Random, indicators: Sequence[SheetIndicator], target: float, total: float
) -> list[tuple[float, list[dict[str, Any]]]]:
    """Scores for every indicator so that the sheet totals about `target` out of `total`.

    The loss is spread unevenly, as in the field: an indicator may be perfect on one visit and the
    worst of the sheet on the next.
    """
    share = max(0.0, total - target) / total
    return [
        score_indicator(rng, ind, ind.max_points * share * rng.uniform(0.0, 2.0))
        for ind in indicators
    ]


SURVEY_LEVELS = ("very_satisfied", "satisfied", "neutral", "dissatisfied", "very_dissatisfied")


def survey_answers(rng: random.Random, target: float, answered: int) -> dict[str, int]:
    """How `answered` owners split over the five levels when service is worth `target` points."""
    center = 4.0 * min(1.0, max(0.0, (target - 40.0) / 55.0))
    weights = [math.exp(-((4 - level - center) ** 2) / 1.3) for level in range(5)]
    counts = dict.fromkeys(SURVEY_LEVELS, 0)
    for level in rng.choices(range(5), weights=weights, k=answered):
        counts[SURVEY_LEVELS[level]] += 1
    return counts


def poisson(rng: random.Random, mean: float) -> int:
    """A Poisson draw (Knuth's method: the means used here are small)."""
    limit = math.exp(-mean)
    count, product = 0, rng.random()
    while product > limit:
        count += 1
        product *= rng.random()
    return count
