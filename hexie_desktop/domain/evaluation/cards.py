"""Yellow and red cards (黄牌/红牌警告) and the escalation of two consecutive yellows.

Escalation rule: a firm holding a yellow card in a quarter and another in the very next quarter
(no clean quarter between) earns a red card in the later quarter, issued automatically. The two
quarters' yellow cards are then used up: a yellow in the quarter after that starts a new run, so a
firm yellow in Q1 and Q2 is red in Q2 and not again in Q3 (a further yellow in Q4 would make it
red in Q4). Several yellows within one quarter count as that quarter's yellow, not as two in a row.
Revoked cards count for nothing; revoking one recomputes the escalations, which may withdraw an
automatic red card.

The policy may also issue a yellow card automatically to a firm whose quarterly score is under
`cards.auto_yellow_below`. Cards issued by the evaluation itself never feed back into the score
of the quarter they came from (their deductions go to the credit file), so evaluating a quarter
twice gives the same result.
"""

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from hexie_desktop.domain.evaluation.policy import CardPolicy
from hexie_desktop.domain.quarters import Quarter


@dataclass(frozen=True)
class YellowCard:
    card_id: str
    firm_id: str
    quarter: Quarter


@dataclass(frozen=True)
class Escalation:
    firm_id: str
    quarter: Quarter
    from_ids: tuple[str, ...]


def escalations(yellows: Iterable[YellowCard]) -> list[Escalation]:
    """Every red card the active yellow cards call for, by the rule of the module docstring."""
    by_firm: dict[str, dict[Quarter, list[str]]] = defaultdict(lambda: defaultdict(list))
    for card in yellows:
        by_firm[card.firm_id][card.quarter].append(card.card_id)
    found = []
    for firm_id in sorted(by_firm):
        quarters = by_firm[firm_id]
        pending: Quarter | None = None
        for quarter in sorted(quarters):
            if pending is not None and pending.next() == quarter:
                ids = tuple(sorted(quarters[pending] + quarters[quarter]))
                found.append(Escalation(firm_id, quarter, ids))
                pending = None
            else:
                pending = quarter
    return found


def auto_yellow_due(scores: Mapping[str, float], policy: CardPolicy) -> list[str]:
    """Firms whose quarterly score is under the automatic yellow-card line, if the policy has one."""
    if policy.auto_yellow_below is None:
        return []
    line = policy.auto_yellow_below
    return sorted(firm for firm, score in scores.items() if score < line)
