"""Sub-60 interviews (约谈) and their rectification (整改).

Every firm whose quarterly score is under `interviews.threshold` (60) is due an interview; by
default none is spared, and a policy may cap the number with `interviews.max_count` (the lowest
scores first, ties by firm id). An interview moves

    pending → scheduled → held (minutes, commitments) → rectifying (deadline set)
            → closed (follow-up passed) | escalated (follow-up failed: a yellow card)

and never skips a step or goes back.
"""

import datetime as dt
from collections.abc import Mapping

from hexie_desktop.domain.errors import UserError
from hexie_desktop.domain.evaluation.policy import InterviewPolicy
from hexie_desktop.domain.labels import INTERVIEW_STATUS_LABELS
from hexie_desktop.domain.states import InterviewStatus

_NEXT: dict[str, tuple[str, ...]] = {
    InterviewStatus.PENDING: (InterviewStatus.SCHEDULED,),
    InterviewStatus.SCHEDULED: (InterviewStatus.HELD,),
    InterviewStatus.HELD: (InterviewStatus.RECTIFYING,),
    InterviewStatus.RECTIFYING: (InterviewStatus.CLOSED, InterviewStatus.ESCALATED),
}


class InterviewError(UserError):
    """A step the interview's current status does not allow, or one missing what it needs."""


def check_transition(current: str, target: str) -> None:
    if target not in _NEXT.get(current, ()):
        following = (
            "、".join(INTERVIEW_STATUS_LABELS[s] for s in _NEXT.get(current, ())) or "无（已结束）"
        )
        raise InterviewError(
            f"约谈当前状态为“{INTERVIEW_STATUS_LABELS.get(current, current)}”，不能直接改为"
            f"“{INTERVIEW_STATUS_LABELS.get(target, target)}”；下一步只能是：{following}"
        )


def check_minutes(minutes: str, commitments: str) -> None:
    if not minutes.strip() or not commitments.strip():
        raise InterviewError("约谈已举行时须填写约谈纪要和企业整改承诺")


def rectification_deadline(held_on: dt.date, policy: InterviewPolicy) -> dt.date:
    return held_on + dt.timedelta(days=policy.rectification_days)


def interviews_due(scores: Mapping[str, float], policy: InterviewPolicy) -> list[str]:
    """Firms due an interview this quarter, lowest score first (see the module docstring)."""
    below = sorted(((score, firm) for firm, score in scores.items() if score < policy.threshold))
    if policy.max_count is not None:
        below = below[: policy.max_count]
    return [firm for _, firm in below]
