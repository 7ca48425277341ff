"""Complaint handling through the 12345 loop (受理, 转办, 办理, 回复, 回访), as 12345 centres judge it.

Per firm and quarter (tickets received in the quarter):

- acceptance rate = accepted tickets / all tickets;
- resolution rate = resolved tickets / accepted tickets;
- on-time rate = tickets closed no later than their due time / accepted tickets;
- satisfaction rate = tickets the resident called satisfied / tickets with a resident's verdict;
- redo rate = tickets sent back for redoing at least once / accepted tickets. A ticket redone
  `complaints.redo_escalation` times (three by default) is escalated.

A rate whose denominator is zero is undefined (None), not zero. The complaint-handling part,
where no inspector scored it, is
`part_max × Σ weight·rate / Σ weight (over the defined rates) − part_max × redo_penalty × redo rate`,
floored at zero; a firm with no ticket gets `part_max × no_ticket_fraction`.
"""

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from hexie_desktop.domain.evaluation.policy import ComplaintPolicy


@dataclass(frozen=True)
class TicketCounts:
    """The counts the rates are made of; the database computes them in one GROUP BY."""

    total: int
    accepted: int
    resolved: int
    on_time: int
    answered: int
    satisfied: int
    redone: int
    escalated: int


@dataclass(frozen=True)
class ComplaintMetrics:
    counts: TicketCounts
    acceptance: float | None
    resolution: float | None
    on_time: float | None
    satisfaction: float | None
    redo: float | None

    def rate(self, name: str) -> float | None:
        value: float | None = getattr(self, name)
        return value


def _ratio(numerator: int, denominator: int) -> float | None:
    return numerator / denominator if denominator else None


def metrics(counts: TicketCounts) -> ComplaintMetrics:
    return ComplaintMetrics(
        counts,
        _ratio(counts.accepted, counts.total),
        _ratio(counts.resolved, counts.accepted),
        _ratio(counts.on_time, counts.accepted),
        _ratio(counts.satisfied, counts.answered),
        _ratio(counts.redone, counts.accepted),
    )


def complaint_part_score(
    found: ComplaintMetrics | None, part_max: float, policy: ComplaintPolicy
) -> float:
    """The complaint-handling part from the ticket rates, by the formula in the module docstring."""
    if found is None or found.counts.total == 0:
        return part_max * policy.no_ticket_fraction
    weighted = [
        (weight, rate)
        for name, weight in policy.weights.items()
        if (rate := found.rate(name)) is not None and weight > 0
    ]
    weight_sum = sum(w for w, _ in weighted)
    base = part_max * sum(w * r for w, r in weighted) / weight_sum if weight_sum else 0.0
    penalty = part_max * policy.redo_penalty * (found.redo or 0.0)
    return min(part_max, max(0.0, base - penalty))


@dataclass(frozen=True)
class HotTopic:
    category: str
    count: int
    share: float


def hot_topics(counts: Mapping[str, int]) -> list[HotTopic]:
    """The week's table like the 12345 centre's: categories by count, most first, with share.

    Equal counts are listed by category name so the table is the same every time it is printed.
    """
    total = sum(counts.values())
    ordered = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return [HotTopic(category, n, n / total) for category, n in ordered if n > 0]


def week_bounds(day: dt.date) -> tuple[dt.date, dt.date]:
    """Monday to the following Monday (exclusive) of the week containing `day`."""
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=7)
