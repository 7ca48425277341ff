"""Rules a record must meet beyond its column types: CHECK constraints that are not a plain enum
or bound, and the domain's own plausibility rules (a score within 0–100, no future field dates).

Each rule names the CHECK constraint it mirrors (or "" for a domain rule), so the schema module
can tell which constraints are covered.
"""

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

_QUARTER = re.compile(r"^\d{4}Q[1-4]$")
MAX_SCORE = 100.0
FUTURE_GRACE = dt.timedelta(days=1)


@dataclass(frozen=True)
class RowRule:
    table: str
    constraint: str
    test: Callable[[dict[str, Any]], bool]
    message: str

    def check(self, values: dict[str, Any]) -> str | None:
        return None if self.test(values) else self.message


def _answers(v: dict[str, Any]) -> list[int]:
    return [
        v["very_satisfied"],
        v["satisfied"],
        v["neutral"],
        v["dissatisfied"],
        v["very_dissatisfied"],
    ]


def _not_future(column: str) -> Callable[[dict[str, Any]], bool]:
    def test(v: dict[str, Any]) -> bool:
        return bool(v[column] <= dt.datetime.now(dt.UTC).date() + FUTURE_GRACE)

    return test


def _quarter(column: str, nullable: bool = False) -> Callable[[dict[str, Any]], bool]:
    def test(v: dict[str, Any]) -> bool:
        value = v[column]
        return (nullable and value is None) or bool(value is not None and _QUARTER.match(value))

    return test


EXTRA_RULES: tuple[RowRule, ...] = (
    RowRule(
        "survey",
        "survey_answers_within_sample",
        lambda v: sum(_answers(v)) <= v["sample_size"],
        "各项回答之和超过样本量",
    ),
    RowRule(
        "survey", "survey_answers_not_negative", lambda v: min(_answers(v)) >= 0, "回答人数不能为负"
    ),
    RowRule("survey", "", lambda v: v["sample_size"] >= 0, "样本量不能为负"),
    RowRule(
        "contract",
        "contract_dates_ordered",
        lambda v: v["ends_on"] is None or v["ends_on"] >= v["starts_on"],
        "合同结束日期早于开始日期",
    ),
    RowRule(
        "firm",
        "credit_code_length",
        lambda v: len(v["credit_code"]) == 18,
        "统一社会信用代码应为 18 位",
    ),
    RowRule(
        "indicatorscore",
        "",
        lambda v: v["score"] is None or v["score"] <= MAX_SCORE,
        "得分超过 100",
    ),
    RowRule(
        "inspection",
        "",
        _not_future("inspected_on"),
        "考评日期在未来（对方或本机电脑的时钟可能不准：调准系统时间、改正日期后再导出）",
    ),
    RowRule(
        "survey",
        "",
        _not_future("surveyed_on"),
        "调查日期在未来（对方或本机电脑的时钟可能不准：调准系统时间、改正日期后再导出）",
    ),
    RowRule("inspection", "", _quarter("quarter"), "季度应写作 YYYYQn"),
    RowRule("survey", "", _quarter("quarter"), "季度应写作 YYYYQn"),
    RowRule("card", "", _quarter("quarter"), "季度应写作 YYYYQn"),
    RowRule("interview", "", _quarter("quarter"), "季度应写作 YYYYQn"),
    RowRule("quarterstatus", "", _quarter("quarter"), "季度应写作 YYYYQn"),
    RowRule("creditentry", "", _quarter("quarter", nullable=True), "季度应写作 YYYYQn"),
    RowRule("attachment", "", lambda v: 0 <= v["size"], "附件大小不能为负"),
    RowRule(
        "attachment",
        "",
        lambda v: re.fullmatch(r"[0-9a-f]{64}", v["sha256"]) is not None,
        "附件哈希应为 64 位小写十六进制",
    ),
    RowRule(
        "photo",
        "",
        lambda v: re.fullmatch(r"[0-9a-f]{64}", v["sha256"]) is not None,
        "照片哈希应为 64 位小写十六进制",
    ),
)
