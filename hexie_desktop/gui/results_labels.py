"""How the results, cards and interview screens name stored codes, in the window's language."""

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication

from hexie_desktop.domain.bureau_time import format_time
from hexie_desktop.domain.states import CardColor, InspectionStatus, InterviewStatus
from hexie_desktop.gui.labels import QT_TRANSLATE_NOOP

CONTEXT = "ResultsLabels"

_METHODS = {
    "unannounced": QT_TRANSLATE_NOOP("ResultsLabels", "Unannounced"),
    "third_party": QT_TRANSLATE_NOOP("ResultsLabels", "Third party"),
    "routine": QT_TRANSLATE_NOOP("ResultsLabels", "Routine"),
}
_SHEET_STATUSES: dict[str, str] = {
    InspectionStatus.DRAFT: QT_TRANSLATE_NOOP("ResultsLabels", "Draft"),
    InspectionStatus.SUBMITTED: QT_TRANSLATE_NOOP("ResultsLabels", "Submitted"),
}
_WARNINGS = {
    "drop": QT_TRANSLATE_NOOP("ResultsLabels", "Sharp fall"),
    "trend": QT_TRANSLATE_NOOP("ResultsLabels", "Trending below 60"),
}
_COLOURS: dict[str, str] = {
    CardColor.YELLOW: QT_TRANSLATE_NOOP("ResultsLabels", "Yellow card"),
    CardColor.RED: QT_TRANSLATE_NOOP("ResultsLabels", "Red card"),
}
_LIST_RULES = {
    "ranked": QT_TRANSLATE_NOOP("ResultsLabels", "Its ranking"),
    "red_card": QT_TRANSLATE_NOOP("ResultsLabels", "A red card this quarter"),
    "credit_grade": QT_TRANSLATE_NOOP("ResultsLabels", "Credit grade {grade}"),
}
_INTERVIEW_STATUSES: dict[str, str] = {
    InterviewStatus.PENDING: QT_TRANSLATE_NOOP("ResultsLabels", "To be scheduled"),
    InterviewStatus.SCHEDULED: QT_TRANSLATE_NOOP("ResultsLabels", "Scheduled"),
    InterviewStatus.HELD: QT_TRANSLATE_NOOP("ResultsLabels", "Held"),
    InterviewStatus.RECTIFYING: QT_TRANSLATE_NOOP("ResultsLabels", "Rectifying"),
    InterviewStatus.CLOSED: QT_TRANSLATE_NOOP("ResultsLabels", "Closed"),
    InterviewStatus.ESCALATED: QT_TRANSLATE_NOOP("ResultsLabels", "Escalated"),
}
_HISTORY = {
    "version.current": QT_TRANSLATE_NOOP("ResultsLabels", "Version in force recorded"),
    "history.superseded": QT_TRANSLATE_NOOP(
        "ResultsLabels", "Earlier version, replaced by a later edit"
    ),
    "history.conflict": QT_TRANSLATE_NOOP("ResultsLabels", "Competing version that lost the merge"),
    "held": QT_TRANSLATE_NOOP("ResultsLabels", "Held for a clerk's review"),
    "held.accepted": QT_TRANSLATE_NOOP("ResultsLabels", "Held record accepted"),
    "held.rejected": QT_TRANSLATE_NOOP("ResultsLabels", "Held record rejected"),
    "conflict.reviewed": QT_TRANSLATE_NOOP("ResultsLabels", "Conflict reviewed"),
    "revision.replaces": QT_TRANSLATE_NOOP("ResultsLabels", "Corrects an earlier revision"),
    "revision.replaced_by": QT_TRANSLATE_NOOP("ResultsLabels", "Replaced by a correction"),
}
_TABLES = {
    "inspection": QT_TRANSLATE_NOOP("ResultsLabels", "Sheet"),
    "indicatorscore": QT_TRANSLATE_NOOP("ResultsLabels", "Indicator score"),
    "photo": QT_TRANSLATE_NOOP("ResultsLabels", "Photo"),
}
_DETAIL_KEYS = {
    "reason": QT_TRANSLATE_NOOP("ResultsLabels", "Reason"),
    "held_reason": QT_TRANSLATE_NOOP("ResultsLabels", "Held because"),
    "note": QT_TRANSLATE_NOOP("ResultsLabels", "Note"),
    "status": QT_TRANSLATE_NOOP("ResultsLabels", "Status"),
    "revision": QT_TRANSLATE_NOOP("ResultsLabels", "Revision"),
    "bundle": QT_TRANSLATE_NOOP("ResultsLabels", "Bundle"),
    "bundle_id": QT_TRANSLATE_NOOP("ResultsLabels", "Bundle"),
    "result": QT_TRANSLATE_NOOP("ResultsLabels", "Result"),
}


def _named(table: dict[str, str], code: str) -> str:
    source = table.get(code)
    return code if source is None else QCoreApplication.translate(CONTEXT, source)


def method_label(code: str) -> str:
    return _named(_METHODS, code)


def sheet_status_label(code: str) -> str:
    return _named(_SHEET_STATUSES, code)


def warning_label(code: str) -> str:
    return _named(_WARNINGS, code)


def list_rule_label(code: str, grade: str | None = None) -> str:
    """Why a firm is on a list; a credit-grade entry names the grade that put it there."""
    return _named(_LIST_RULES, code).format(grade=grade or "")


def colour_label(code: str) -> str:
    return _named(_COLOURS, code)


def interview_status_label(code: str) -> str:
    return _named(_INTERVIEW_STATUSES, code)


def history_label(kind: str) -> str:
    return _named(_HISTORY, kind)


def history_table_label(table: str) -> str:
    return _named(_TABLES, table)


def detail_text(detail: dict[str, Any]) -> str:
    """An audit event's detail as "key: value" pairs, known keys named, empty values left out."""
    separator = QCoreApplication.translate("ResultsLabels", "; ")
    pairs = [
        QCoreApplication.translate("ResultsLabels", "{key}: {value}").format(
            key=_named(_DETAIL_KEYS, key), value=_named(_SHEET_STATUSES, str(value))
        )
        for key, value in detail.items()
        if value not in ("", None)
    ]
    return separator.join(pairs)


def local_time(moment: dt.datetime | None) -> str:
    """A stored UTC moment in this computer's time zone, to the minute."""
    return format_time(moment)


def yes_no_label(value: bool) -> str:
    return (
        QCoreApplication.translate("ResultsLabels", "Yes")
        if value
        else QCoreApplication.translate("ResultsLabels", "No")
    )
