"""The sections of the window each role works in, in navigation order.

A section either builds its screen (from the screen context) or, until that screen exists, shows
a placeholder saying what it will be for. Adding a screen means filling in `build` here; the main
window does not change.
"""

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from hexie_desktop.domain.roles import Role
from hexie_desktop.gui.bundles_screen import BundlesScreen
from hexie_desktop.gui.cards_screen import CardsScreen
from hexie_desktop.gui.complaints_screen import build_complaints_screen
from hexie_desktop.gui.compounds_screen import build_compounds_screen
from hexie_desktop.gui.context import ScreenContext
from hexie_desktop.gui.firms_screen import build_firms_screen
from hexie_desktop.gui.inspections_screen import build_inspections_screen
from hexie_desktop.gui.labels import QT_TRANSLATE_NOOP
from hexie_desktop.gui.master_data_screen import MasterDataScreen
from hexie_desktop.gui.merge_screen import MergeScreen
from hexie_desktop.gui.reports_screen import ReportsScreen
from hexie_desktop.gui.results_screen import ResultsScreen
from hexie_desktop.gui.review_screen import ReviewScreen
from hexie_desktop.gui.settings_screen import SettingsScreen
from hexie_desktop.gui.today_screen import build_today_screen

CONTEXT = "Sections"

ScreenFactory = Callable[[ScreenContext], QWidget]


@dataclass(frozen=True)
class Section:
    key: str
    source_title: str
    source_purpose: str
    build: ScreenFactory | None = None

    @property
    def title(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.source_title)

    @property
    def purpose(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.source_purpose)


SETTINGS = Section(
    "settings",
    QT_TRANSLATE_NOOP("Sections", "Settings"),
    QT_TRANSLATE_NOOP("Sections", "This computer's identity, data folder and language."),
    SettingsScreen,
)

INSPECTOR_SECTIONS = (
    Section(
        "today",
        QT_TRANSLATE_NOOP("Sections", "Today's Work"),
        QT_TRANSLATE_NOOP(
            "Sections",
            "The compounds of this quarter you have not scored yet, by street and firm, "
            "with the last score of each.",
        ),
        build_today_screen,
    ),
    Section(
        "inspections",
        QT_TRANSLATE_NOOP("Sections", "Inspections"),
        QT_TRANSLATE_NOOP(
            "Sections",
            "Your inspection sheets: drafts saved as you type, submitted sheets and their "
            "corrections, photos per indicator.",
        ),
        build_inspections_screen,
    ),
    Section(
        "compounds",
        QT_TRANSLATE_NOOP("Sections", "Compounds"),
        QT_TRANSLATE_NOOP("Sections", "Every compound with its street and firm."),
        build_compounds_screen,
    ),
    Section(
        "firms",
        QT_TRANSLATE_NOOP("Sections", "Firms"),
        QT_TRANSLATE_NOOP("Sections", "Every firm with what it serves."),
        build_firms_screen,
    ),
    Section(
        "complaints",
        QT_TRANSLATE_NOOP("Sections", "Complaints"),
        QT_TRANSLATE_NOOP(
            "Sections",
            "Complaint tickets through the closed loop, and owner-satisfaction surveys.",
        ),
        build_complaints_screen,
    ),
    Section(
        "bundles",
        QT_TRANSLATE_NOOP("Sections", "Bundles"),
        QT_TRANSLATE_NOOP(
            "Sections",
            "Export your work to a USB stick, and import the bureau's master data.",
        ),
        BundlesScreen,
    ),
    SETTINGS,
)

CLERK_SECTIONS = (
    Section(
        "merge",
        QT_TRANSLATE_NOOP("Sections", "Merge Bundles"),
        QT_TRANSLATE_NOOP(
            "Sections",
            "Verify and merge a folder of inspectors' bundles with one action, then see what "
            "changed.",
        ),
        MergeScreen,
    ),
    Section(
        "review",
        QT_TRANSLATE_NOOP("Sections", "Pending Review"),
        QT_TRANSLATE_NOOP(
            "Sections", "Held records and conflicting edits waiting for your decision."
        ),
        ReviewScreen,
    ),
    Section(
        "master",
        QT_TRANSLATE_NOOP("Sections", "Master Data"),
        QT_TRANSLATE_NOOP("Sections", "Compounds and firms."),
        MasterDataScreen,
    ),
    Section(
        "results",
        QT_TRANSLATE_NOOP("Sections", "Quarterly Results"),
        QT_TRANSLATE_NOOP(
            "Sections", "Firm scores, ranks and the red and black lists of a quarter."
        ),
        ResultsScreen,
    ),
    Section(
        "cards",
        QT_TRANSLATE_NOOP("Sections", "Cards and Interviews"),
        QT_TRANSLATE_NOOP("Sections", "Yellow and red cards, credit files, and sub-60 interviews."),
        CardsScreen,
    ),
    Section(
        "grading",
        QT_TRANSLATE_NOOP("Sections", "Community Grading"),
        QT_TRANSLATE_NOOP("Sections", "The yearly harmonious community grading."),
    ),
    Section(
        "reports",
        QT_TRANSLATE_NOOP("Sections", "Reports"),
        QT_TRANSLATE_NOOP(
            "Sections",
            "Quarterly reports, list notices, interview notices and credit files as PDF.",
        ),
        ReportsScreen,
    ),
    Section(
        "policy",
        QT_TRANSLATE_NOOP("Sections", "Policy and Standards"),
        QT_TRANSLATE_NOOP(
            "Sections",
            "The scoring standard and the policy versions the results are computed with.",
        ),
    ),
    SETTINGS,
)


def sections_for(role: Role) -> tuple[Section, ...]:
    return INSPECTOR_SECTIONS if role == Role.INSPECTOR else CLERK_SECTIONS
