"""What every report carries besides its body: who issues it, and what data it was made from."""

import datetime as dt
from dataclasses import dataclass

from hexie_desktop.domain.bureau_time import bureau_time
from hexie_desktop.domain.labels import REPORT_STATE_LABELS
from hexie_desktop.domain.states import ReportState, report_state


@dataclass(frozen=True)
class DocumentHead:
    """The title block of an official document: issuing body, document number, title, date."""

    issuer: str
    number: str
    title: str
    issued_on: dt.date
    addressee: str = ""


@dataclass(frozen=True)
class Provenance:
    """The data a report was made from, as printed on it and hashed into its verification code.

    `kind` and `subject` name the report (e.g. "quarterly", "2026Q1") so that a printed code can
    be checked by rebuilding the same report from the database; `generated_at` is printed but
    not hashed, so printing twice from unchanged data gives the same code.
    """

    kind: str
    subject: str
    data_label: str
    finalised: bool
    policy_version: int | None
    standard_versions: str
    generated_at: dt.datetime
    # The results no longer follow from the data they were computed from (evaluation_freshness).
    stale: bool = False

    @property
    def state(self) -> ReportState:
        return report_state(finalised=self.finalised, stale=self.stale)

    @property
    def status_label(self) -> str:
        return REPORT_STATE_LABELS[self.state]


def chinese_date(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def chinese_datetime(moment: dt.datetime) -> str:
    local = bureau_time(moment)
    return f"{chinese_date(local.date())} {local:%H:%M}"


def chinese_quarter(quarter: str) -> str:
    """`2026Q1` as it is written in documents: 2026年第一季度."""
    year, number = quarter.split("Q")
    return f"{year}年第{'一二三四'[int(number) - 1]}季度"
