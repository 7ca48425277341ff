"""The editable numbers of a policy document, described once for the window's policy form.

Each field names where it lives in the document, what kind of value it holds and its range (the
same ranges `domain/evaluation/policy.parse_policy` enforces), so a form can offer the right
control for each and the document it writes back is checked by the one parser as a whole.
Lists of grades travel in the document as [name, number] pairs; the form edits them as text
such as "AAA 85, AA 80".
"""

import re
from dataclasses import dataclass
from typing import Any

from hexie_desktop.domain.bundle_policy import (
    ENCRYPTION_RULES,
    MASTER_DATA_RULES,
    OTHER_SUITE_RULES,
    PRIVATE_KEY_RULES,
    SUITE_RULES,
)
from hexie_desktop.domain.errors import UserError
from hexie_desktop.domain.evaluation.policy import (
    AUTO_DEDUCTIONS,
    BLANK_HOUSEHOLDS,
    COMBINE_RULES,
    COMPLAINT_RATES,
    GRADING_SOURCES,
    INCOMPLETE_RULES,
    LIST_METRICS,
    LIST_SIZES,
    SURVEY_ANSWERS,
    WEIGHTINGS,
)
from hexie_desktop.domain.retention_policy import MAX_RETENTION_MONTHS

INTEGER = "integer"
NUMBER = "number"
OPTIONAL_INTEGER = "optional_integer"
OPTIONAL_NUMBER = "optional_number"
CHOICE = "choice"
TEXT = "text"
OPTIONAL_TEXT = "optional_text"
PAIRS = "pairs"
NAMES = "names"
_MANY = 10_000
_SEPARATORS = re.compile(r"[,，;；、\s]+")


@dataclass(frozen=True)
class PolicyField:
    path: tuple[str, ...]
    kind: str
    low: float = 0.0
    high: float = 100.0
    choices: tuple[str, ...] = ()
    # A share held as 0–1 in the document and shown to a person as 0–100 %.
    percent: bool = False

    @property
    def key(self) -> str:
        return ".".join(self.path)

    @property
    def step(self) -> float:
        return 0.05 if self.high <= 1.0 else 1.0


def _weights(section: str, key: str, names: tuple[str, ...], high: float) -> list[PolicyField]:
    return [PolicyField((section, key, name), NUMBER, 0.0, high) for name in names]


POLICY_FIELDS: tuple[PolicyField, ...] = (
    PolicyField(("scoring", "combine_inspections"), CHOICE, choices=COMBINE_RULES),
    PolicyField(("scoring", "weighting"), CHOICE, choices=WEIGHTINGS),
    PolicyField(("scoring", "incomplete_sheet"), CHOICE, choices=INCOMPLETE_RULES),
    PolicyField(("scoring", "min_scored_fraction"), NUMBER, 0.0, 1.0),
    PolicyField(("scoring", "blank_households"), CHOICE, choices=BLANK_HOUSEHOLDS),
    PolicyField(("lists", "metric"), CHOICE, choices=LIST_METRICS),
    PolicyField(("lists", "size_by"), CHOICE, choices=LIST_SIZES),
    PolicyField(("lists", "red_count"), INTEGER, 0, _MANY),
    PolicyField(("lists", "black_count"), INTEGER, 0, _MANY),
    PolicyField(("lists", "red_share"), NUMBER, 0.0, 1.0, percent=True),
    PolicyField(("lists", "black_share"), NUMBER, 0.0, 1.0, percent=True),
    PolicyField(("lists", "red_min_credit_grade"), OPTIONAL_TEXT),
    PolicyField(("lists", "black_credit_grades"), NAMES),
    PolicyField(("lists", "red_min_score"), NUMBER),
    PolicyField(("lists", "black_max_score"), NUMBER),
    PolicyField(("lists", "min_compounds_inspected"), INTEGER, 0, _MANY),
    *_weights("satisfaction", "weights", SURVEY_ANSWERS, 100.0),
    PolicyField(("cards", "yellow_deduction"), NUMBER),
    PolicyField(("cards", "red_deduction"), NUMBER),
    PolicyField(("cards", "auto_yellow_below"), OPTIONAL_NUMBER),
    PolicyField(("cards", "auto_deductions"), CHOICE, choices=AUTO_DEDUCTIONS),
    PolicyField(("interviews", "threshold"), NUMBER),
    PolicyField(("interviews", "rectification_days"), INTEGER, 1, _MANY),
    PolicyField(("interviews", "max_count"), OPTIONAL_INTEGER, 0, _MANY),
    PolicyField(("credit", "expiry_days"), INTEGER, 1, _MANY),
    PolicyField(("credit", "grades"), PAIRS),
    PolicyField(("credit", "lowest_grade"), TEXT),
    PolicyField(("credit", "base_without_score"), NUMBER),
    PolicyField(("warning", "drop"), NUMBER),
    PolicyField(("warning", "floor"), NUMBER),
    PolicyField(("complaints", "redo_escalation"), INTEGER, 1, _MANY),
    PolicyField(("complaints", "part"), TEXT),
    *_weights("complaints", "weights", COMPLAINT_RATES, 1.0),
    PolicyField(("complaints", "redo_penalty"), NUMBER, 0.0, 1.0),
    PolicyField(("complaints", "no_ticket_fraction"), NUMBER, 0.0, 1.0),
    PolicyField(("grading", "quotas"), PAIRS, 0.0, 1.0),
    PolicyField(("grading", "min_score"), NUMBER),
    PolicyField(("grading", "eligible_after_years"), INTEGER, 0, 100),
    *_weights("grading", "source_weights", GRADING_SOURCES, 1.0),
    PolicyField(("grading", "recommend_grades"), NAMES),
    PolicyField(("bundles", "encryption"), CHOICE, choices=ENCRYPTION_RULES),
    PolicyField(("bundles", "master_data"), CHOICE, choices=MASTER_DATA_RULES),
    PolicyField(("bundles", "private_key"), CHOICE, choices=PRIVATE_KEY_RULES),
    PolicyField(("bundles", "suite"), CHOICE, choices=SUITE_RULES),
    PolicyField(("bundles", "other_suite"), CHOICE, choices=OTHER_SUITE_RULES),
    PolicyField(("personal_data", "retention_months"), INTEGER, 1, MAX_RETENTION_MONTHS),
)


def value_at(doc: dict[str, Any], field: PolicyField) -> Any:
    node: Any = doc
    for step in field.path:
        node = node[step]
    return node


def with_value(doc: dict[str, Any], field: PolicyField, value: Any) -> dict[str, Any]:
    """A copy of `doc` with `field` set to `value` (the sections on the way copied too)."""
    head, *rest = field.path
    copy = dict(doc)
    if rest:
        copy[head] = with_value(dict(doc[head]), PolicyField(tuple(rest), field.kind), value)
    else:
        copy[head] = value
    return copy


def pairs_text(pairs: list[list[Any]]) -> str:
    return ", ".join(f"{name} {float(number):g}" for name, number in pairs)


def parse_pairs(text: str, label: str) -> list[list[Any]]:
    """Read "AAA 85, AA 80" back into [["AAA", 85.0], ["AA", 80.0]]."""
    words = [w for w in _SEPARATORS.split(text.strip()) if w]
    if not words or len(words) % 2:
        raise UserError(f"{label}应写作“名称 数值”并用逗号分隔，如 AAA 85, AA 80。")
    pairs: list[list[Any]] = []
    for name, number in zip(words[::2], words[1::2], strict=True):
        try:
            pairs.append([name, float(number)])
        except ValueError:
            raise UserError(f"{label}中“{name}”后面应为数值，实际为“{number}”。") from None
    return pairs


def names_text(names: list[str]) -> str:
    return ", ".join(names)


def parse_names(text: str) -> list[str]:
    return [w for w in _SEPARATORS.split(text.strip()) if w]
