"""One inspection sheet: indicator scores, part scores and the sheet total.

An indicator is scored between zero and its maximum: itemised deductions bring it down from the
maximum and never below zero; a score typed below zero is refused, one above the maximum counts
for the maximum and keeps the sheet from being submitted. An indicator left empty is *not scored*, never silently zero. How a sheet with unscored indicators counts is policy
(`scoring.incomplete_sheet`):

- `scale_to_scored` (default): a part is scored on what was scored in it, scaled to the part's
  maximum (6 of 8 scored points in a 10-point part gives 7.5); a part with nothing scored takes
  the rate of the whole sheet; a sheet whose scored indicators cover less than
  `scoring.min_scored_fraction` of the standard's points does not count at all.
- `exclude`: a sheet with any unscored indicator does not count.

The complaint-handling part may be filled from 12345 tickets when no inspector scored any of it
(see complaints.py); a filled part counts as scored.
"""

import math
from collections.abc import Mapping
from typing import NamedTuple

from hexie_desktop.domain.errors import UserError
from hexie_desktop.domain.evaluation.policy import ScoringPolicy
from hexie_desktop.domain.standard import IndicatorSpec

_EPSILON = 1e-9


class SheetError(UserError):
    """A score or deduction that the standard does not allow."""


def indicator_score(indicator: IndicatorSpec, deductions: Mapping[str, int]) -> float:
    """The maximum less the itemised deductions applied (code → times), floored at zero."""
    known = {d.code: d.points for d in indicator.deductions}
    total = 0.0
    for code, times in deductions.items():
        if code not in known:
            raise SheetError(f"指标 {indicator.code} 没有扣分项“{code}”，请从标准中选择扣分项")
        if times < 0:
            raise SheetError(f"扣分项 {code} 的次数不能为负数")
        total += known[code] * times
    return max(0.0, indicator.max_points - total)


def typed_score(indicator: IndicatorSpec, score: float | None) -> float | None:
    """A score as typed into a draft sheet: None stays not scored; what is not a number, or is
    below zero, is refused.

    A score above the maximum is kept, so that a slip of the finger is shown and corrected
    rather than lost; it counts only up to the maximum (`counted_score`) and keeps the sheet
    from being submitted (`over_maximum`).
    """
    if score is None:
        return None
    if math.isnan(score) or math.isinf(score):
        raise SheetError(f"指标 {indicator.code} 的得分应为数字。")
    if score < 0:
        raise SheetError(
            f"指标 {indicator.code} 的得分不能为负数（{score:g}）。不扣分请填满分，未检查请留空。"
        )
    return float(score)


def over_maximum(max_points: float, score: float | None) -> bool:
    """A score a sheet cannot be submitted with: above its indicator's maximum."""
    return score is not None and score > max_points + _EPSILON


def counted_score(max_points: float, score: float | None) -> float | None:
    """What a stored score counts for: clamped to 0…maximum.

    A draft may hold a score above the maximum, and a bundle may bring any number, so every
    sum of points (the sheet, the evaluation's SQL in services/evaluation/inputs.py) counts this.
    """
    return None if score is None else min(max(score, 0.0), max_points)


class PartTally(NamedTuple):
    """What a sheet scored in one part: the points given and the maximum of the indicators scored."""

    points: float
    scored_max: float


class SheetResult(NamedTuple):
    parts: Mapping[str, float]
    scored_fraction: float

    @property
    def total(self) -> float:
        return sum(self.parts.values())


def score_sheet(
    part_maxima: Mapping[str, float],
    tallies: Mapping[str, PartTally],
    policy: ScoringPolicy,
    fills: Mapping[str, float] | None = None,
) -> SheetResult | None:
    """The part scores of one sheet, or None when the policy says the sheet does not count.

    `part_maxima` is the standard's part code → maximum; `tallies` holds only parts with at least
    one scored indicator; `fills` gives a score for a part that no indicator of the sheet scored.
    """
    fills = fills or {}
    full = 0.0
    covered = 0.0
    points = 0.0
    scored: dict[str, tuple[float, float]] = {}
    for code, maximum in part_maxima.items():
        full += maximum
        tally = tallies.get(code)
        if tally is not None and tally.scored_max > _EPSILON:
            top = min(tally.scored_max, maximum)
            given = min(max(tally.points, 0.0), top)
        elif code in fills:
            top = maximum
            given = min(max(fills[code], 0.0), maximum)
        else:
            continue
        scored[code] = (given, top)
        covered += top
        points += given
    fraction = covered / full if full > 0 else 0.0
    if covered <= _EPSILON or fraction + _EPSILON < policy.min_scored_fraction:
        return None
    if policy.incomplete_sheet == "exclude" and fraction < 1.0 - _EPSILON:
        return None
    rate = points / covered
    parts = {}
    for code, maximum in part_maxima.items():
        found = scored.get(code)
        parts[code] = found[0] / found[1] * maximum if found is not None else rate * maximum
    return SheetResult(parts, fraction)
