"""How long a closed ticket keeps its caller's name and phone number: the `personal_data` policy.

A ticket stays in the evaluation for good (its firm's rates, the hot-topic table), but the
person who called is needed only while the ticket is handled and for a while after: a redo, an
objection (异议) to the firm's credit file, a question from the 12345 centre. The policy's
`personal_data.retention_months` (default 24: the quarter's evaluation, the year's annual score
and a year of objections and credit repair) says how long after a ticket is closed its caller's
name and phone number are kept; after that a clerk's purge blanks them, and the audit trail
records that it did.

The section came after version 1 of the policy document: a policy without it is read as
holding the default.
"""

import calendar
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from hexie_desktop.domain.errors import UserError

SECTION = "personal_data"
DEFAULT_RETENTION_MONTHS = 24
MAX_RETENTION_MONTHS = 600
DEFAULTS: dict[str, int] = {"retention_months": DEFAULT_RETENTION_MONTHS}


@dataclass(frozen=True)
class RetentionPolicy:
    retention_months: int = DEFAULT_RETENTION_MONTHS


def parse_retention_policy(doc: Any) -> RetentionPolicy:
    """The `personal_data` section of a policy document, the default when absent."""
    section = doc.get(SECTION, {}) if isinstance(doc, Mapping) else {}
    if not isinstance(section, Mapping):
        raise UserError(f"考评政策字段“政策.{SECTION}”应为一个对象")
    unknown = sorted(set(section) - set(DEFAULTS))
    if unknown:
        raise UserError(
            f"考评政策含有未知字段“政策.{SECTION}.{unknown[0]}”，请检查拼写或删除该字段"
        )
    months = section.get("retention_months", DEFAULT_RETENTION_MONTHS)
    if (
        isinstance(months, bool)
        or not isinstance(months, int)
        or not 1 <= months <= MAX_RETENTION_MONTHS
    ):
        raise UserError(
            f"考评政策字段“政策.{SECTION}.retention_months”应为 1 至 {MAX_RETENTION_MONTHS} 的整数（月）"
        )
    return RetentionPolicy(months)


def months_before(day: dt.date, months: int) -> dt.date:
    """The same day `months` calendar months earlier; the month's last day when it is shorter
    (31 March less one month is 28 or 29 February)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def purge_cutoff(today: dt.date, policy: RetentionPolicy) -> dt.date:
    """Tickets closed before this day (the bureau's) have kept their caller long enough."""
    return months_before(today, policy.retention_months)
