"""An owner-satisfaction survey (满意度调查) of one compound in one quarter: what makes it valid, and
its two rates.

- response rate (回收率) = answers / sample size: how many of the households asked gave an answer;
- satisfaction rate (满意率) = (very satisfied + satisfied) / answers, the share of answers that
  are satisfied, as survey notices publish it. With no answer it is undefined (None), not zero.

The evaluation itself does not use these two rates: it pools the answers of a firm's surveys and
weights each answer by the policy (`satisfaction.weights`), see services/evaluation/inputs.py.
"""

import datetime as dt
from dataclasses import dataclass

from hexie_desktop.domain.errors import UserError
from hexie_desktop.domain.quarters import Quarter

ANSWER_LABELS = {
    "very_satisfied": "非常满意",
    "satisfied": "满意",
    "neutral": "一般",
    "dissatisfied": "不满意",
    "very_dissatisfied": "非常不满意",
}
MAX_SAMPLE = 100_000


class SurveyError(UserError):
    """Survey figures or a date that cannot be right; the message says which and why."""


@dataclass(frozen=True)
class SurveyAnswers:
    sample_size: int
    very_satisfied: int
    satisfied: int
    neutral: int
    dissatisfied: int
    very_dissatisfied: int

    @property
    def answered(self) -> int:
        return (
            self.very_satisfied
            + self.satisfied
            + self.neutral
            + self.dissatisfied
            + self.very_dissatisfied
        )

    def counts(self) -> dict[str, int]:
        return {name: getattr(self, name) for name in ANSWER_LABELS}


@dataclass(frozen=True)
class SurveyRates:
    answered: int
    response: float | None
    satisfaction: float | None


def survey_rates(answers: SurveyAnswers) -> SurveyRates:
    """The response and satisfaction rates of the module docstring, at full precision."""
    answered = answers.answered
    return SurveyRates(
        answered,
        answered / answers.sample_size if answers.sample_size > 0 else None,
        (answers.very_satisfied + answers.satisfied) / answered if answered else None,
    )


def answers_problem(answers: SurveyAnswers) -> str | None:
    """What is wrong with the figures, in one sentence a person can act on; None when nothing."""
    if answers.sample_size < 1:
        return f"样本量应至少为 1 户，当前为 {answers.sample_size}。请填写实际发放问卷的户数。"
    if answers.sample_size > MAX_SAMPLE:
        return f"样本量不能超过 {MAX_SAMPLE} 户，当前为 {answers.sample_size}。"
    for name, label in ANSWER_LABELS.items():
        if getattr(answers, name) < 0:
            return f"“{label}”的人数不能为负数。"
    if answers.answered > answers.sample_size:
        return (
            f"各项回答合计 {answers.answered} 份，超过样本量 {answers.sample_size} 份。"
            "请核对各项人数，或把样本量改为实际发放的问卷数。"
        )
    return None


def date_problem(surveyed_on: dt.date, quarter: Quarter, today: dt.date) -> str | None:
    """A survey is dated within its quarter and not after today."""
    if not quarter.contains(surveyed_on):
        return (
            f"调查日期 {surveyed_on} 不在 {quarter}（{quarter.first_day} 至 {quarter.last_day}）内。"
            "请改正调查日期或选择正确的季度。"
        )
    if surveyed_on > today:
        return f"调查日期 {surveyed_on} 晚于今天（{today}），不能登记尚未进行的调查。"
    return None


def check_survey(
    answers: SurveyAnswers, surveyed_on: dt.date, quarter: Quarter, today: dt.date
) -> None:
    """Raise SurveyError with the first problem of the figures or the date."""
    problem = answers_problem(answers) or date_problem(surveyed_on, quarter, today)
    if problem is not None:
        raise SurveyError(problem)
