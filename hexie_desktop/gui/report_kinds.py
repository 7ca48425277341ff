"""The reports the window offers, in the order a clerk meets them, with their window names."""

from PySide6.QtCore import QCoreApplication

from hexie_desktop.gui.labels import QT_TRANSLATE_NOOP

CONTEXT = "ReportKinds"

REPORT_KINDS = (
    ("quarterly", QT_TRANSLATE_NOOP("ReportKinds", "Quarterly evaluation report")),
    ("lists", QT_TRANSLATE_NOOP("ReportKinds", "Red and black list notice")),
    ("interview", QT_TRANSLATE_NOOP("ReportKinds", "Interview notice")),
    ("firm", QT_TRANSLATE_NOOP("ReportKinds", "Firm credit file")),
    ("community", QT_TRANSLATE_NOOP("ReportKinds", "Community grading results")),
)


def report_title(kind: str) -> str:
    source = next((title for key, title in REPORT_KINDS if key == kind), kind)
    return QCoreApplication.translate(CONTEXT, source)
