"""The sections of the window each role works in, in navigation order.

Each section names its screen as "module:factory" under hexie_desktop.gui; the module is imported
only when the section is first shown, so the window opens without loading every screen's code.
Adding a screen means adding a section here; the main window does not change.
"""

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from hexie_desktop.domain.roles import Role
from hexie_desktop.gui.context import ScreenContext
from hexie_desktop.gui.labels import QT_TRANSLATE_NOOP

CONTEXT = "Sections"

ScreenFactory = Callable[[ScreenContext], QWidget]


@dataclass(frozen=True)
class Section:
    key: str
    source_title: str
    source_purpose: str
    screen: str

    def build(self, context: ScreenContext) -> QWidget:
        module, factory_name = self.screen.split(":")
        factory: ScreenFactory = getattr(
            importlib.import_module(f"hexie_desktop.gui.{module}"), factory_name
        )
        return factory(context)

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
    "settings_screen:SettingsScreen",
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
        "today_screen:build_today_screen",
    ),
    Section(
        "inspections",
        QT_TRANSLATE_NOOP("Sections", "Inspections"),
        QT_TRANSLATE_NOOP(
            "Sections",
            "Your inspection sheets: drafts saved as you type, submitted sheets and their "
            "corrections, photos per indicator.",
        ),
        "inspections_screen:build_inspections_screen",
    ),
    Section(
        "compounds",
        QT_TRANSLATE_NOOP("Sections", "Compounds"),
        QT_TRANSLATE_NOOP("Sections", "Every compound with its street and firm."),
        "compounds_screen:build_compounds_screen",
    ),
    Section(
        "firms",
        QT_TRANSLATE_NOOP("Sections", "Firms"),
        QT_TRANSLATE_NOOP("Sections", "Every firm with what it serves."),
        "firms_screen:build_firms_screen",
    ),
    Section(
        "complaints",
        QT_TRANSLATE_NOOP("Sections", "Complaints"),
        QT_TRANSLATE_NOOP(
            "Sections",
            "Complaint tickets through the closed loop, and owner-satisfaction surveys.",
        ),
        "complaints_screen:build_complaints_screen",
    ),
    Section(
        "bundles",
        QT_TRANSLATE_NOOP("Sections", "Bundles"),
        QT_TRANSLATE_NOOP(
            "Sections",
            "Export your work to a USB stick, and import the bureau's master data.",
        ),
        "bundles_screen:BundlesScreen",
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
        "merge_screen:MergeScreen",
    ),
    Section(
        "review",
        QT_TRANSLATE_NOOP("Sections", "Pending Review"),
        QT_TRANSLATE_NOOP(
            "Sections", "Held records and conflicting edits waiting for your decision."
        ),
        "review_screen:ReviewScreen",
    ),
    Section(
        "master",
        QT_TRANSLATE_NOOP("Sections", "Master Data"),
        QT_TRANSLATE_NOOP("Sections", "Compounds and firms."),
        "master_data_screen:MasterDataScreen",
    ),
    Section(
        "results",
        QT_TRANSLATE_NOOP("Sections", "Quarterly Results"),
        QT_TRANSLATE_NOOP(
            "Sections", "Firm scores, ranks and the red and black lists of a quarter."
        ),
        "results_screen:ResultsScreen",
    ),
    Section(
        "cards",
        QT_TRANSLATE_NOOP("Sections", "Cards and Interviews"),
        QT_TRANSLATE_NOOP("Sections", "Yellow and red cards, credit files, and sub-60 interviews."),
        "cards_screen:CardsScreen",
    ),
    Section(
        "grading",
        QT_TRANSLATE_NOOP("Sections", "Community Grading"),
        QT_TRANSLATE_NOOP("Sections", "The yearly harmonious community grading."),
        "grading_screen:GradingScreen",
    ),
    Section(
        "reports",
        QT_TRANSLATE_NOOP("Sections", "Reports"),
        QT_TRANSLATE_NOOP(
            "Sections",
            "Quarterly reports, list notices, interview notices and credit files as PDF.",
        ),
        "reports_screen:ReportsScreen",
    ),
    Section(
        "policy",
        QT_TRANSLATE_NOOP("Sections", "Policy and Standards"),
        QT_TRANSLATE_NOOP(
            "Sections",
            "The scoring standard and the policy versions the results are computed with.",
        ),
        "policy_screen:PolicyScreen",
    ),
    SETTINGS,
)


def sections_for(role: Role) -> tuple[Section, ...]:
    return INSPECTOR_SECTIONS if role == Role.INSPECTOR else CLERK_SECTIONS
