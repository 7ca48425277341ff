"""The bureau's policy as a typed value: every tunable number of the evaluation rules.

The policy travels as JSON inside master bundles and may be edited by a clerk, so it is read
strictly: a missing key, a key nobody knows (usually a typo), a wrong type or a number out of its
range is refused with a message naming the key, because a silently ignored setting would change
every firm's result without anyone noticing.

Keys added after the first policy version have documented defaults (`LATER_DEFAULTS`): a
policy written before they existed is read as if it held them, so an old master bundle keeps
working and gives the results the defaults describe (docs/evaluation-rules.md says why each
default is what it is).
"""

import copy
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from hexie_desktop.domain.bundle_policy import DEFAULTS as BUNDLE_DEFAULTS
from hexie_desktop.domain.bundle_policy import SECTION as BUNDLE_SECTION
from hexie_desktop.domain.bundle_policy import parse_bundle_policy
from hexie_desktop.domain.errors import UserError
from hexie_desktop.domain.retention_policy import DEFAULTS as RETENTION_DEFAULTS
from hexie_desktop.domain.retention_policy import SECTION as RETENTION_SECTION
from hexie_desktop.domain.retention_policy import parse_retention_policy

COMBINE_RULES = ("mean", "latest", "min")
WEIGHTINGS = ("households", "equal")
INCOMPLETE_RULES = ("scale_to_scored", "exclude")
LIST_METRICS = ("composite", "satisfaction")
LIST_SIZES = ("count", "share")
BLANK_HOUSEHOLDS = ("median", "one_household", "left_out")
AUTO_DEDUCTIONS = ("credit_file", "quarter_score")
SURVEY_ANSWERS = ("very_satisfied", "satisfied", "neutral", "dissatisfied", "very_dissatisfied")
COMPLAINT_RATES = ("acceptance", "resolution", "on_time", "satisfaction")
GRADING_SOURCES = ("district", "third_party", "street")
_WEIGHT_SUM_TOLERANCE = 1e-6

# Keys that came after version 1 of the policy document, with the value an older policy is read
# as holding. List sizes stay counts (as before); the credit grade gates the lists as DESIGN rule
# 7 says; a compound without a household count weighs as much as the firm's typical compound;
# automatic cards go to the credit file only, as before.
LATER_DEFAULTS: dict[str, dict[str, Any]] = {
    "scoring": {"blank_households": "median"},
    "lists": {
        "size_by": "count",
        "red_share": 0.08,
        "black_share": 0.04,
        "red_min_credit_grade": "A",
        "black_credit_grades": ["C"],
    },
    "cards": {"auto_deductions": "credit_file"},
    BUNDLE_SECTION: BUNDLE_DEFAULTS,
    RETENTION_SECTION: RETENTION_DEFAULTS,
}
# Sections that came later as a whole: an older policy is read as holding them with their defaults.
_LATER_SECTIONS = frozenset({BUNDLE_SECTION, RETENTION_SECTION})


class PolicyError(UserError):
    """A policy document that is malformed; the message names the offending key."""


@dataclass(frozen=True)
class ScoringPolicy:
    combine_inspections: str
    weighting: str
    incomplete_sheet: str
    min_scored_fraction: float
    blank_households: str = "median"


@dataclass(frozen=True)
class ListPolicy:
    metric: str
    red_count: int
    black_count: int
    red_min_score: float
    black_max_score: float
    min_compounds_inspected: int
    size_by: str = "count"
    red_share: float = 0.08
    black_share: float = 0.04
    red_min_credit_grade: str | None = "A"
    black_credit_grades: tuple[str, ...] = ("C",)


@dataclass(frozen=True)
class CardPolicy:
    yellow_deduction: float
    red_deduction: float
    auto_yellow_below: float | None
    auto_deductions: str = "credit_file"


@dataclass(frozen=True)
class InterviewPolicy:
    threshold: float
    rectification_days: int
    max_count: int | None


@dataclass(frozen=True)
class CreditPolicy:
    expiry_days: int
    grades: tuple[tuple[str, float], ...]
    lowest_grade: str
    base_without_score: float


@dataclass(frozen=True)
class WarningPolicy:
    drop: float
    floor: float


@dataclass(frozen=True)
class ComplaintPolicy:
    redo_escalation: int
    part: str
    weights: Mapping[str, float]
    redo_penalty: float
    no_ticket_fraction: float


@dataclass(frozen=True)
class GradingPolicy:
    quotas: tuple[tuple[str, float], ...]
    min_score: float
    eligible_after_years: int
    source_weights: Mapping[str, float]
    recommend_grades: tuple[str, ...]


@dataclass(frozen=True)
class EvaluationPolicy:
    version: int
    effective_from: str
    scoring: ScoringPolicy
    lists: ListPolicy
    satisfaction_weights: Mapping[str, float]
    cards: CardPolicy
    interviews: InterviewPolicy
    credit: CreditPolicy
    warning: WarningPolicy
    complaints: ComplaintPolicy
    grading: GradingPolicy


class _Section:
    """Reads one object of the document; every key must be read exactly once or it is unknown."""

    def __init__(self, doc: Any, where: str) -> None:
        if not isinstance(doc, Mapping):
            raise PolicyError(f"考评政策格式错误：“{where}”应为一个对象")
        self.doc = doc
        self.where = where
        self.seen: set[str] = set()

    def raw(self, key: str) -> Any:
        if key not in self.doc:
            raise PolicyError(f"考评政策缺少字段“{self.where}.{key}”")
        self.seen.add(key)
        return self.doc[key]

    def _bad(self, key: str, wanted: str) -> PolicyError:
        return PolicyError(f"考评政策字段“{self.where}.{key}”应为{wanted}")

    def number(self, key: str, low: float = 0.0, high: float | None = None) -> float:
        value = self.raw(key)
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self._bad(key, "数字")
        if value < low or (high is not None and value > high):
            span = f"不小于 {low:g}" if high is None else f"介于 {low:g} 与 {high:g} 之间的数"
            raise self._bad(key, span)
        return float(value)

    def optional_number(
        self, key: str, low: float = 0.0, high: float | None = None
    ) -> float | None:
        if self.doc.get(key, 0) is None:
            self.seen.add(key)
            return None
        return self.number(key, low, high)

    def integer(self, key: str, low: int = 0) -> int:
        value = self.raw(key)
        if isinstance(value, bool) or not isinstance(value, int) or value < low:
            raise self._bad(key, f"不小于 {low} 的整数")
        return value

    def optional_integer(self, key: str, low: int = 0) -> int | None:
        if self.doc.get(key, 0) is None:
            self.seen.add(key)
            return None
        return self.integer(key, low)

    def text(self, key: str) -> str:
        value = self.raw(key)
        if not isinstance(value, str) or not value:
            raise self._bad(key, "非空文字")
        return value

    def choice(self, key: str, choices: tuple[str, ...]) -> str:
        value = self.raw(key)
        if value not in choices:
            raise self._bad(key, "以下之一：" + "、".join(choices))
        return str(value)

    def section(self, key: str) -> "_Section":
        return _Section(self.raw(key), f"{self.where}.{key}")

    def weights(self, key: str, names: tuple[str, ...], *, sum_to_one: bool) -> dict[str, float]:
        inner = self.section(key)
        result = {name: inner.number(name, 0.0, None if not sum_to_one else 1.0) for name in names}
        inner.done()
        if sum_to_one and abs(sum(result.values()) - 1.0) > _WEIGHT_SUM_TOLERANCE:
            raise self._bad(key, "合计为 1 的权重")
        return result

    def thresholds(self, key: str, high: float) -> tuple[tuple[str, float], ...]:
        value = self.raw(key)
        wanted = "由 [名称, 数值] 组成的非空列表"
        if not isinstance(value, list) or not value:
            raise self._bad(key, wanted)
        pairs = []
        for item in value:
            if (
                not isinstance(item, list)
                or len(item) != 2
                or not isinstance(item[0], str)
                or isinstance(item[1], bool)
                or not isinstance(item[1], int | float)
                or not 0 <= item[1] <= high
            ):
                raise self._bad(key, wanted)
            pairs.append((item[0], float(item[1])))
        if len({name for name, _ in pairs}) != len(pairs):
            raise self._bad(key, "名称互不重复的列表")
        return tuple(pairs)

    def done(self) -> None:
        unknown = sorted(set(self.doc) - self.seen)
        if unknown:
            raise PolicyError(
                f"考评政策含有未知字段“{self.where}.{unknown[0]}”，请检查拼写或删除该字段"
            )


def with_later_defaults(doc: Any) -> Any:
    """A copy of `doc` holding every key of `LATER_DEFAULTS` it lacks (anything else untouched).

    The credit-grade defaults name the grades of the bureau's own credit section: the red list
    needs "A" only where a grade "A" exists, and the black list takes the lowest grade, so a
    policy with grades of other names still reads.
    """
    if not isinstance(doc, Mapping):
        return doc
    filled = dict(doc)
    for section, defaults in LATER_DEFAULTS.items():
        if section in _LATER_SECTIONS and section not in filled:
            filled[section] = copy.deepcopy(defaults)
        elif isinstance(filled.get(section), Mapping):
            filled[section] = copy.deepcopy(defaults) | dict(filled[section])
    lists, credit = doc.get("lists"), doc.get("credit")
    if isinstance(lists, Mapping) and isinstance(credit, Mapping):
        names = {g[0] for g in credit.get("grades", []) if isinstance(g, list) and g}
        if "red_min_credit_grade" not in lists and "A" not in names:
            filled["lists"]["red_min_credit_grade"] = None
        if "black_credit_grades" not in lists and isinstance(credit.get("lowest_grade"), str):
            filled["lists"]["black_credit_grades"] = [credit["lowest_grade"]]
    return filled


def _grade_names(s: _Section, key: str, known: set[str]) -> tuple[str, ...]:
    value = s.raw(key)
    if not isinstance(value, list) or any(v not in known for v in value):
        raise s._bad(key, "信用等级名称的列表（来自 credit.grades 或 credit.lowest_grade）")
    return tuple(value)


def _lists(s: _Section, grades: set[str]) -> ListPolicy:
    """The lists section; its credit-grade rules name grades of the credit section."""
    lists = ListPolicy(
        s.choice("metric", LIST_METRICS),
        s.integer("red_count"),
        s.integer("black_count"),
        s.number("red_min_score", 0.0, 100.0),
        s.number("black_max_score", 0.0, 100.0),
        s.integer("min_compounds_inspected"),
        s.choice("size_by", LIST_SIZES),
        s.number("red_share", 0.0, 1.0),
        s.number("black_share", 0.0, 1.0),
        _optional_grade(s, "red_min_credit_grade", grades),
        _grade_names(s, "black_credit_grades", grades),
    )
    s.done()
    return lists


def _optional_grade(s: _Section, key: str, known: set[str]) -> str | None:
    value = s.raw(key)
    if value is not None and value not in known:
        raise s._bad(key, "credit.grades 中的一个等级，或不设（null）")
    return value if value is None else str(value)


def parse_policy(doc: Any) -> EvaluationPolicy:
    """Read a policy document; raise PolicyError naming the first thing wrong with it."""
    top = _Section(with_later_defaults(doc), "政策")
    version = top.integer("version", 1)
    effective_from = top.text("effective_from")
    top.seen.add("note")
    # How bundles travel is read by domain/bundle_policy.py, how long a caller's details are kept
    # by domain/retention_policy.py; checked here so a bad value is refused.
    try:
        parse_bundle_policy(doc)
        parse_retention_policy(doc)
    except UserError as exc:
        raise PolicyError(exc.message) from exc
    top.seen.update((BUNDLE_SECTION, RETENTION_SECTION))

    s = top.section("scoring")
    scoring = ScoringPolicy(
        s.choice("combine_inspections", COMBINE_RULES),
        s.choice("weighting", WEIGHTINGS),
        s.choice("incomplete_sheet", INCOMPLETE_RULES),
        s.number("min_scored_fraction", 0.0, 1.0),
        s.choice("blank_households", BLANK_HOUSEHOLDS),
    )
    s.done()

    lists_section = top.section("lists")

    s = top.section("satisfaction")
    satisfaction = s.weights("weights", SURVEY_ANSWERS, sum_to_one=False)
    s.done()
    if any(v > 100.0 for v in satisfaction.values()):
        raise PolicyError("考评政策字段“政策.satisfaction.weights”的每项应在 0 到 100 之间")

    s = top.section("cards")
    cards = CardPolicy(
        s.number("yellow_deduction", 0.0, 100.0),
        s.number("red_deduction", 0.0, 100.0),
        s.optional_number("auto_yellow_below", 0.0, 100.0),
        s.choice("auto_deductions", AUTO_DEDUCTIONS),
    )
    s.done()

    s = top.section("interviews")
    interviews = InterviewPolicy(
        s.number("threshold", 0.0, 100.0),
        s.integer("rectification_days", 1),
        s.optional_integer("max_count"),
    )
    s.done()

    s = top.section("credit")
    grades = s.thresholds("grades", 100.0)
    if [t for _, t in grades] != sorted((t for _, t in grades), reverse=True):
        raise PolicyError("考评政策字段“政策.credit.grades”应按分数线从高到低排列")
    credit = CreditPolicy(
        s.integer("expiry_days", 1),
        grades,
        s.text("lowest_grade"),
        s.number("base_without_score", 0.0, 100.0),
    )
    s.done()
    lists = _lists(lists_section, {g for g, _ in grades} | {credit.lowest_grade})

    s = top.section("warning")
    warning = WarningPolicy(s.number("drop", 0.0, 100.0), s.number("floor", 0.0, 100.0))
    s.done()

    s = top.section("complaints")
    complaints = ComplaintPolicy(
        s.integer("redo_escalation", 1),
        s.text("part"),
        s.weights("weights", COMPLAINT_RATES, sum_to_one=True),
        s.number("redo_penalty", 0.0, 1.0),
        s.number("no_ticket_fraction", 0.0, 1.0),
    )
    s.done()

    s = top.section("grading")
    quotas = s.thresholds("quotas", 1.0)
    if sum(q for _, q in quotas) > 1.0 + _WEIGHT_SUM_TOLERANCE:
        raise PolicyError("考评政策字段“政策.grading.quotas”的比例合计不能超过 1")
    recommend = s.raw("recommend_grades")
    if not isinstance(recommend, list) or any(r not in {g for g, _ in quotas} for r in recommend):
        raise PolicyError("考评政策字段“政策.grading.recommend_grades”应列出 quotas 中的等级")
    grading = GradingPolicy(
        quotas,
        s.number("min_score", 0.0, 100.0),
        s.integer("eligible_after_years"),
        s.weights("source_weights", GRADING_SOURCES, sum_to_one=True),
        tuple(recommend),
    )
    s.done()
    top.done()
    return EvaluationPolicy(
        version,
        effective_from,
        scoring,
        lists,
        satisfaction,
        cards,
        interviews,
        credit,
        warning,
        complaints,
        grading,
    )
