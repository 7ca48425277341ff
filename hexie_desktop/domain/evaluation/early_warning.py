"""Early warning (预警): flag a firm before it falls below the line.

Two signals, compared with the firm's score of the previous quarter:

- `drop`: the score fell by more than `warning.drop` points;
- `trend`: the score is still at or above `warning.floor` (60) but the straight line through the
  two quarters would take it below the floor next quarter (current + (current − previous)).

A firm without a previous score has no trend and is not flagged.
"""

from collections.abc import Mapping
from dataclasses import dataclass

from hexie_desktop.domain.evaluation.policy import WarningPolicy


@dataclass(frozen=True)
class EarlyWarning:
    firm_id: str
    kind: str
    score: float
    previous: float
    projected: float


def early_warnings(
    current: Mapping[str, float], previous: Mapping[str, float], policy: WarningPolicy
) -> list[EarlyWarning]:
    found = []
    for firm_id in sorted(current):
        if firm_id not in previous:
            continue
        now, before = current[firm_id], previous[firm_id]
        projected = now + (now - before)
        if before - now > policy.drop:
            found.append(EarlyWarning(firm_id, "drop", now, before, projected))
        if now >= policy.floor > projected:
            found.append(EarlyWarning(firm_id, "trend", now, before, projected))
    return found
