"""A firm's credit file (信用档案): good and bad entries, objections, repair, and the credit grade.

- An entry counts from the day it is recorded until its expiry (`credit.expiry_days`, a year by
  default), unless it was repaired (信用修复) or an objection (异议) against it was upheld.
  A raised objection still under review does not suspend the entry.
- Credit score = the firm's latest quarterly score (or `credit.base_without_score` for a firm
  never scored) + the points of its counting good entries − those of its counting bad entries,
  clamped to 0–100.
- Credit grade: the first grade of `credit.grades` whose line the score reaches (AAA ≥ 85,
  AA ≥ 80, A ≥ 70, B ≥ 60 by default), else `credit.lowest_grade` (C).
- The grade a quarter's red and black lists read (`quarter_end_grade`) is the one of the last
  day of the quarter, with that quarter's score as the base: entries of the quarter or of
  earlier ones count even when recorded after its end (a card of the quarter issued by its
  evaluation), later entries never do, so the lists of a quarter do not depend on the day it
  happened to be evaluated.
"""

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, replace

from hexie_desktop.domain.errors import UserError
from hexie_desktop.domain.evaluation.policy import CreditPolicy

MAX_SCORE = 100.0


class CreditError(UserError):
    """A change to a credit entry that its current state does not allow."""


@dataclass(frozen=True)
class CreditFact:
    kind: str
    points: float
    recorded_on: dt.date
    expires_on: dt.date
    objection_state: str = "none"
    repaired_on: dt.date | None = None


def expiry_for(recorded_on: dt.date, policy: CreditPolicy) -> dt.date:
    return recorded_on + dt.timedelta(days=policy.expiry_days)


def counts_on(entry: CreditFact, day: dt.date) -> bool:
    if entry.objection_state == "upheld":
        return False
    if entry.repaired_on is not None and entry.repaired_on <= day:
        return False
    return entry.recorded_on <= day < entry.expires_on


def credit_score(
    base: float | None, entries: Iterable[CreditFact], day: dt.date, policy: CreditPolicy
) -> float:
    start = policy.base_without_score if base is None else base
    delta = sum(e.points if e.kind == "good" else -e.points for e in entries if counts_on(e, day))
    return min(MAX_SCORE, max(0.0, start + delta))


def credit_grade(score: float, policy: CreditPolicy) -> str:
    for grade, line in policy.grades:
        if score >= line:
            return grade
    return policy.lowest_grade


def quarter_end_grade(
    score: float, entries: Iterable[CreditFact], last_day: dt.date, policy: CreditPolicy
) -> str:
    """The credit grade at the end of a quarter (see the module docstring)."""
    facts = [replace(e, recorded_on=min(e.recorded_on, last_day)) for e in entries]
    return credit_grade(credit_score(score, facts, last_day, policy), policy)


def check_objection(state: str, target: str) -> None:
    """Objections go none → raised → upheld | rejected; a decided one is not reopened here."""
    allowed = {"none": {"raised"}, "raised": {"upheld", "rejected"}}
    if target not in allowed.get(state, set()):
        labels = {
            "none": "无异议",
            "raised": "异议待处理",
            "upheld": "异议成立",
            "rejected": "异议驳回",
        }
        raise CreditError(
            f"该信用记录当前状态为“{labels.get(state, state)}”，不能改为“{labels.get(target, target)}”"
        )


def check_repair(kind: str, repaired_on: dt.date | None, objection_state: str) -> None:
    """Only a bad entry that still counts against the firm can be repaired, once."""
    if kind != "bad":
        raise CreditError("只有失信（扣分）记录可以信用修复")
    if repaired_on is not None:
        raise CreditError(f"该信用记录已于 {repaired_on} 修复，无需重复修复")
    if objection_state == "upheld":
        raise CreditError("该信用记录的异议已成立，记录不再计分，无需修复")
