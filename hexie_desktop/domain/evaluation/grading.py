"""Harmonious community grading (和谐社区等级评定), yearly.

Rules (numbers from the policy's `grading` section):

- Eligible: every community whose first election was at least `eligible_after_years` (one) year
  before the end of the graded year; it takes part without applying. A serious incident in the
  year disqualifies it: no grade, whatever its score.
- Score: each source's sheet (district on-site check, third-party monitoring, street
  cross-check) totals its indicators, each clamped to 0…maximum; the sources combine by
  `source_weights` (0.5 / 0.3 / 0.2), renormalised over the sources that scored the community.
- Grades by rank quota among the N participants (eligible, not disqualified, scored): AAA gets
  floor(10% × N) places, AA floor(40% × N) − floor(10% × N), A floor(90% × N) − floor(40% × N)
  (cumulative shares, rounded down, so no grade ever exceeds its share); the rest get none.
  Communities with equal scores always get the same grade: a tie that does not fit in the
  places left for a grade goes down to the next grade as a whole, and the unused places stay
  empty. So 20 communities give 2 AAA, 6 AA and 10 A.
- Under `min_score` (70): public criticism (通报批评) and no grade, whatever the rank.
- AA and above (`recommend_grades`) are recommended upward.
- Change against last year: `new` when the community had no result last year, else `up`,
  `kept` or `down` comparing grades (no grade < A < AA < AAA).
- Rank: higher score first, then higher district on-site score, then community id ascending.
"""

import datetime as dt
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import groupby

from hexie_desktop.domain.evaluation.policy import GradingPolicy
from hexie_desktop.domain.evaluation.sheet import SheetError

_EPSILON = 1e-9


@dataclass(frozen=True)
class CommunityEntry:
    community_id: str
    first_election_on: dt.date | None
    sources: Mapping[str, float]
    serious_incident: bool = False
    had_last_year: bool = False
    last_grade: str | None = None


@dataclass(frozen=True)
class CommunityGrade:
    community_id: str
    eligible: bool
    disqualified: bool
    score: float | None
    rank: int | None
    grade: str | None
    criticised: bool
    recommended: bool
    change: str | None


def source_total(points: Mapping[str, float], maxima: Mapping[str, float]) -> float:
    """One source's sheet total; a code the standard does not know is refused, not ignored."""
    total = 0.0
    for code, value in points.items():
        if code not in maxima:
            raise SheetError(f"社区评分表含有标准中没有的指标“{code}”，请核对评分标准版本")
        total += min(max(float(value), 0.0), maxima[code])
    return total


def combine_sources(sources: Mapping[str, float], weights: Mapping[str, float]) -> float | None:
    used = {s: w for s, w in weights.items() if s in sources and w > 0}
    weight = sum(used.values())
    return sum(sources[s] * w for s, w in used.items()) / weight if weight else None


def is_eligible(first_election_on: dt.date | None, year: int, policy: GradingPolicy) -> bool:
    if first_election_on is None:
        return False
    return first_election_on <= dt.date(year - policy.eligible_after_years, 12, 31)


def quota_places(participants: int, policy: GradingPolicy) -> dict[str, int]:
    """Places per grade: differences of cumulative shares rounded down."""
    places, cumulative, previous = {}, 0.0, 0
    for grade, share in policy.quotas:
        cumulative += share
        limit = math.floor(cumulative * participants + _EPSILON)
        places[grade] = limit - previous
        previous = limit
    return places


def grade_change(
    had_last_year: bool, last_grade: str | None, grade: str | None, policy: GradingPolicy
) -> str:
    """`new`, `up`, `kept` or `down` against last year (no grade < A < AA < AAA)."""
    if not had_last_year:
        return "new"
    order = {g: len(policy.quotas) - i for i, (g, _) in enumerate(policy.quotas)}
    now, before = order.get(grade or "", 0), order.get(last_grade or "", 0)
    return "up" if now > before else "down" if now < before else "kept"


def _change(entry: CommunityEntry, grade: str | None, policy: GradingPolicy) -> str:
    return grade_change(entry.had_last_year, entry.last_grade, grade, policy)


def grade_communities(
    entries: Sequence[CommunityEntry], year: int, policy: GradingPolicy
) -> list[CommunityGrade]:
    """Every community's result for the year, participants in rank order first."""
    results: dict[str, CommunityGrade] = {}
    participants = []
    for e in entries:
        eligible = is_eligible(e.first_election_on, year, policy)
        score = combine_sources(e.sources, policy.source_weights)
        result = CommunityGrade(
            e.community_id,
            eligible,
            eligible and e.serious_incident,
            score,
            None,
            None,
            False,
            False,
            None,
        )
        results[e.community_id] = result
        if eligible and not e.serious_incident and score is not None:
            participants.append((e, score))
    participants.sort(key=lambda p: (-p[1], -p[0].sources.get("district", 0.0), p[0].community_id))
    places = quota_places(len(participants), policy)
    grades = [g for g, _ in policy.quotas]
    used = dict.fromkeys(grades, 0)
    level = 0
    ranked = []
    position = 0
    for _, group_iter in groupby(participants, key=lambda p: p[1]):
        group = list(group_iter)
        while level < len(grades) and used[grades[level]] + len(group) > places[grades[level]]:
            level += 1
        grade = grades[level] if level < len(grades) else None
        if grade is not None:
            used[grade] += len(group)
        for entry, score in group:
            position += 1
            criticised = score < policy.min_score
            final = None if criticised else grade
            ranked.append(
                replace(
                    results.pop(entry.community_id),
                    rank=position,
                    grade=final,
                    criticised=criticised,
                    recommended=final in policy.recommend_grades,
                )
            )
    by_id = {e.community_id: e for e in entries}
    graded = [replace(r, change=_change(by_id[r.community_id], r.grade, policy)) for r in ranked]
    others = [
        replace(r, change=_change(by_id[r.community_id], None, policy) if r.disqualified else None)
        for r in sorted(results.values(), key=lambda r: r.community_id)
    ]
    return graded + others
