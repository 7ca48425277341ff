"""A firm's quarterly score, its rank, and its annual score.

Sums use `math.fsum`, which rounds once, so a score does not depend on the order in which sheets
arrived from bundles (plain float addition would, in its last digit, and could flip a tie).

Rules (numbers from the policy):

1. Per compound, its counting sheets of the quarter combine by `scoring.combine_inspections`:
   `mean` (default) averages each part over the sheets; `latest` takes the sheet inspected last
   (ties: the one recorded last); `min` takes the sheet with the lowest total.
2. Per firm, each part is the mean over its inspected compounds weighted by `scoring.weighting`:
   `households` (default) or `equal`. The raw score is the sum of the four parts. Under
   household weighting a compound whose household count is blank (0) weighs by
   `scoring.blank_households`: `median` (default) as much as the median household count of the
   firm's other compounds inspected in the quarter, `one_household` as one household, or
   `left_out`: it counts neither in the score nor in `compounds_inspected` (a firm with only
   such compounds then has no score). A firm whose compounds are all blank weighs them equally
   under `median` and `one_household`.
3. The quarter's bad-behaviour deductions are subtracted from the raw score and the result is
   clamped to 0–100. The part scores are kept as computed (before deductions).
4. Rank: higher score first; on equal scores, more compounds inspected first; then credit code
   ascending (then firm id, should two firms share a code). Ranks are 1…n with no gaps and no
   shared places, so a rank always names one firm.
5. Annual score: the mean of the quarterly scores the firm has in the year (a quarter without a
   score is left out, not counted as zero).

Full precision is kept; rounding to two decimals is for display only.
"""

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from math import fsum
from statistics import fmean, median
from typing import NamedTuple

from hexie_desktop.domain.evaluation.policy import ScoringPolicy
from hexie_desktop.domain.evaluation.sheet import SheetResult

MAX_SCORE = 100.0


class InspectedSheet(NamedTuple):
    """One counting sheet of one compound; `order` sorts sheets by when they were inspected."""

    compound_id: str
    firm_id: str
    households: int
    order: tuple[str, int]
    sheet: SheetResult


class CompoundScore(NamedTuple):
    compound_id: str
    firm_id: str
    households: int
    parts: Mapping[str, float]
    inspections: int

    @property
    def total(self) -> float:
        return fsum(self.parts.values())


@dataclass
class FirmScore:
    firm_id: str
    credit_code: str
    parts: dict[str, float]
    raw: float
    deductions: float
    score: float
    compounds_inspected: int
    households: int
    rank: int = 0


def _content_key(sheet: InspectedSheet) -> tuple[tuple[str, float], ...]:
    # Two sheets recorded at the same moment are told apart by what they say, never by the order
    # they arrived in, so every installation picks the same one.
    return tuple(sorted(sheet.sheet.parts.items()))


def combine_compound(sheets: Sequence[InspectedSheet], rule: str) -> CompoundScore:
    """One compound's parts from its sheets of the quarter, by the policy's combination rule."""
    first = sheets[0]
    if len(sheets) == 1:
        parts = dict(first.sheet.parts)
    elif rule == "latest":
        chosen = max(sheets, key=lambda s: (s.order, _content_key(s)))
        parts = dict(chosen.sheet.parts)
    elif rule == "min":
        chosen = min(sheets, key=lambda s: (s.sheet.total, s.order, _content_key(s)))
        parts = dict(chosen.sheet.parts)
    else:
        count = len(sheets)
        parts = {
            code: fsum(s.sheet.parts[code] for s in sheets) / count for code in first.sheet.parts
        }
    # Sheets of one compound carry the same household count unless it was edited mid-quarter;
    # the largest is taken so the result never depends on which sheet came first.
    households = max(s.households for s in sheets)
    return CompoundScore(first.compound_id, first.firm_id, households, parts, len(sheets))


def compound_scores(sheets: Iterable[InspectedSheet], rule: str) -> list[CompoundScore]:
    """Group sheets by (compound, firm): a compound that changed firm mid-quarter scores each."""
    grouped: dict[tuple[str, str], list[InspectedSheet]] = defaultdict(list)
    for sheet in sheets:
        grouped[(sheet.compound_id, sheet.firm_id)].append(sheet)
    return [combine_compound(group, rule) for group in grouped.values()]


def firm_scores(
    compounds: Iterable[CompoundScore],
    credit_codes: Mapping[str, str],
    deductions: Mapping[str, float],
    policy: ScoringPolicy,
) -> list[FirmScore]:
    """Every inspected firm's quarterly score, ranked (see the module's rules 2–4)."""
    by_firm: dict[str, list[CompoundScore]] = defaultdict(list)
    for compound in compounds:
        by_firm[compound.firm_id].append(compound)
    results = []
    for firm_id, every in by_firm.items():
        group, weights = _weighted(every, policy)
        if not group:
            continue
        total_weight = fsum(weights)
        parts = {
            code: fsum(w * c.parts[code] for w, c in zip(weights, group, strict=True))
            / total_weight
            for code in group[0].parts
        }
        raw = fsum(parts.values())
        deducted = deductions.get(firm_id, 0.0)
        results.append(
            FirmScore(
                firm_id=firm_id,
                credit_code=credit_codes.get(firm_id, ""),
                parts=parts,
                raw=raw,
                deductions=deducted,
                score=min(MAX_SCORE, max(0.0, raw - deducted)),
                compounds_inspected=len(group),
                households=sum(c.households for c in group),
            )
        )
    return rank_firms(results)


def _weighted(
    group: list[CompoundScore], policy: ScoringPolicy
) -> tuple[list[CompoundScore], list[float]]:
    """The compounds that count for a firm and their weights (rule 2 of the module docstring)."""
    if policy.weighting == "equal":
        return group, [1.0] * len(group)
    known = [float(c.households) for c in group if c.households > 0]
    if policy.blank_households == "left_out":
        kept = [c for c in group if c.households > 0]
        return kept, [float(c.households) for c in kept]
    if not known:
        return group, [1.0] * len(group)
    blank = median(known) if policy.blank_households == "median" else 1.0
    return group, [float(c.households) if c.households > 0 else blank for c in group]


def rank_key(score: FirmScore) -> tuple[float, int, str, str]:
    return (-score.score, -score.compounds_inspected, score.credit_code, score.firm_id)


def rank_firms(scores: list[FirmScore]) -> list[FirmScore]:
    """Sort by the tie rule of the module docstring and number the ranks 1…n."""
    ordered = sorted(scores, key=rank_key)
    for position, score in enumerate(ordered, start=1):
        score.rank = position
    return ordered


def annual_score(quarterly: Iterable[float]) -> float | None:
    """The mean of the quarterly scores a firm has in a year; None when it has none."""
    values = list(quarterly)
    return fmean(values) if values else None
