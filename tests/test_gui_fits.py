"""Every window and dialog fits the laptops bureaus have, and keeps its layout across restarts.

A 1920×1080 screen at 150 % gives 1280×720; the taskbar takes 40 of that and the title bar as
much again, which leaves the client area checked here. A window fits when its minimum size fits
that area and, resized to it, every visible button lies inside it.
"""

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QApplication, QSplitter, QTableView, QWidget
from pytestqt.qtbot import QtBot
from sqlmodel import col, select

from hexie_desktop.domain.evaluation.policy import GRADING_SOURCES
from hexie_desktop.domain.quarters import Quarter
from hexie_desktop.domain.states import InterviewStatus
from hexie_desktop.gui.card_dialog import CardDialog
from hexie_desktop.gui.complaint_dialog import ComplaintDialog
from hexie_desktop.gui.compound_dialog import CompoundDialog
from hexie_desktop.gui.context import ScreenContext
from hexie_desktop.gui.firm_dialog import FirmDialog
from hexie_desktop.gui.first_start import FirstStartDialog
from hexie_desktop.gui.grading_sheet_dialog import GradingSheetDialog
from hexie_desktop.gui.import_dialog import ImportDialog
from hexie_desktop.gui.inspection_sheet import InspectionSheet, open_sheet
from hexie_desktop.gui.interview_dialog import InterviewDialog
from hexie_desktop.gui.keys_dialog import KeysDialog
from hexie_desktop.gui.main_window import MainWindow
from hexie_desktop.gui.master_bundle_import import MasterBundleImportDialog
from hexie_desktop.gui.new_complaint_dialog import NewComplaintDialog
from hexie_desktop.gui.policy_dialog import PolicyDialog
from hexie_desktop.gui.results_drilldown import DrilldownDialog
from hexie_desktop.gui.results_reason_dialog import ReasonDialog
from hexie_desktop.gui.screen_fit import TITLE_BAR
from hexie_desktop.gui.settings import AppSettings
from hexie_desktop.gui.sheet_model import NOTE
from hexie_desktop.gui.standard_dialog import StandardDialog
from hexie_desktop.gui.survey_dialog import SurveyDialog
from hexie_desktop.gui.surveys_dialog import SurveysDialog
from hexie_desktop.gui.verify_dialog import VerifyDialog
from hexie_desktop.services.complaints.ticket_view import complaint_detail
from hexie_desktop.services.decisions.card_view import InterviewLine, cards_view
from hexie_desktop.services.evaluation.quarter_view import data_quarters
from hexie_desktop.services.fieldwork import inspections
from hexie_desktop.services.grading.sheets_view import grading_sheet, grading_years
from hexie_desktop.services.listings.master import CompoundListing, ListingQuery
from hexie_desktop.services.rules.policies import list_versions, policy_document, standard_spec
from hexie_desktop.services.trust.identity import require_identity
from hexie_desktop.storage.tables import Community, Complaint, Firm

TASKBAR = QSize(0, 40)
SCREENS = (QSize(1366, 768), QSize(1280, 720))


def client_areas() -> list[QSize]:
    return [screen - TASKBAR - TITLE_BAR for screen in SCREENS]


def assert_fits(qtbot: QtBot, window: QWidget) -> None:
    """`window`'s minimum fits each laptop, and at that size no visible button is cut off."""
    name = window.objectName() or type(window).__name__
    if not window.isVisible():
        window.show()
    for area in client_areas():
        minimum = window.minimumSizeHint().expandedTo(window.minimumSize())
        assert minimum.width() <= area.width() and minimum.height() <= area.height(), (
            f"{name}: needs {minimum.width()}×{minimum.height()}, {area.width()}×{area.height()} free"
        )
        window.resize(area)

        def reached(target: QSize = area) -> bool:
            return window.size() == target

        qtbot.waitUntil(reached)
        QApplication.processEvents()
        whole = window.rect()
        for button in window.findChildren(QAbstractButton):
            if not button.isVisibleTo(window) or button.parentWidget() is None:
                continue
            top_left = button.mapTo(window, button.rect().topLeft())
            placed = QRect(top_left, button.size())
            assert whole.contains(placed), (
                f"{name} at {area.width()}×{area.height()}: {button.objectName()} at {placed}"
            )


def _main_window(qtbot: QtBot, context: ScreenContext) -> MainWindow:
    window = MainWindow(context.settings, context.store.data_dir)
    qtbot.addWidget(window)
    window.attach(context)
    window.show()
    return window


@pytest.mark.parametrize("role", ["clerk", "inspector"])
def test_every_section_fits_both_laptops(
    qtbot: QtBot, role: str, request: pytest.FixtureRequest
) -> None:
    context: ScreenContext = request.getfixturevalue(f"{role}_context")
    window = _main_window(qtbot, context)
    for row, section in enumerate(window.sections):
        window.show_section(row)
        assert window.current_screen().isVisible(), section.key
        assert_fits(qtbot, window)


def test_the_sheet_fits_and_opens_within_the_screen(
    qtbot: QtBot, inspector_context: ScreenContext, windows: list[QWidget]
) -> None:
    store = inspector_context.store
    compound_id = CompoundListing().ids(store, ListingQuery())[0]
    inspection = inspections.start_inspection(store, compound_id).value
    sheet = open_sheet(inspector_context, inspection.id, None)
    windows.append(sheet)
    free = QGuiApplication.primaryScreen().availableGeometry().size() - TITLE_BAR
    assert sheet.width() <= max(free.width(), sheet.minimumSizeHint().width())
    assert sheet.height() <= max(free.height(), sheet.minimumSizeHint().height())
    assert_fits(qtbot, sheet)
    for button in (sheet.ui.submit_button, sheet.ui.close_button, sheet.ui.note_button):
        assert button.isVisible()


def _clerk_dialogs(context: ScreenContext) -> list[Callable[[], QWidget]]:
    store, runner = context.store, context.runner
    versions = list_versions(store)
    policy = next(v for v in versions if v.kind == "policy")
    standard = next(v for v in versions if v.kind != "policy")
    return [
        lambda: DrilldownDialog(context),
        lambda: ImportDialog(context),
        lambda: KeysDialog(context),
        lambda: FirmDialog(context, None),
        lambda: CompoundDialog(context, None),
        lambda: PolicyDialog(context, policy_document(store, policy.version)),
        lambda: StandardDialog(context, standard_spec(store, standard.id)),
        lambda: MasterBundleImportDialog(store, runner),
        lambda: VerifyDialog(store, runner),
        lambda: FirstStartDialog(store, runner),
    ]


def test_the_clerks_dialogs_fit(
    qtbot: QtBot, clerk_context: ScreenContext, windows: list[QWidget]
) -> None:
    for build in _clerk_dialogs(clerk_context):
        dialog = build()
        windows.append(dialog)
        assert_fits(qtbot, dialog)


def test_the_inspectors_dialogs_fit(
    qtbot: QtBot, inspector_context: ScreenContext, windows: list[QWidget]
) -> None:
    store, runner = inspector_context.store, inspector_context.runner
    for build in (
        lambda: NewComplaintDialog(runner, store),
        lambda: SurveyDialog(runner, store, None),
    ):
        dialog = build()
        windows.append(dialog)
        assert_fits(qtbot, dialog)


def _restarted(qtbot: QtBot, context: ScreenContext) -> MainWindow:
    """The same data folder opened again: a new window reading the settings file afresh."""
    settings = AppSettings(context.store.data_dir)
    again = ScreenContext(
        context.store, context.runner, context.signals, settings, require_identity(context.store)
    )
    return _main_window(qtbot, again)


def test_splitter_columns_and_sort_survive_a_restart(
    qtbot: QtBot, clerk_context: ScreenContext
) -> None:
    window = _main_window(qtbot, clerk_context)
    keys = [section.key for section in window.sections]
    window.show_section(keys.index("review"))
    review = window.current_screen()
    splitter = review.findChild(QSplitter, "screen_splitter")
    assert splitter is not None
    total = sum(splitter.sizes())
    splitter.moveSplitter(total // 4, 1)
    moved = splitter.sizes()
    window.show_section(keys.index("results"))
    table = window.current_screen().findChild(QTableView, "ranking_table")
    assert table is not None
    header = table.horizontalHeader()
    qtbot.waitUntil(lambda: header.count() > 3)
    header.resizeSection(1, 333)
    header.setSortIndicator(2, Qt.SortOrder.DescendingOrder)
    window.close()
    clerk_context.settings.sync()

    again = _restarted(qtbot, clerk_context)
    again.show_section(keys.index("review"))
    restored_splitter = again.current_screen().findChild(QSplitter, "screen_splitter")
    assert restored_splitter is not None and restored_splitter.sizes() == moved
    again.show_section(keys.index("results"))
    restored = again.current_screen().findChild(QTableView, "ranking_table")
    assert restored is not None
    restored_header = restored.horizontalHeader()
    qtbot.waitUntil(lambda: restored_header.sectionSize(1) == 333)
    assert restored_header.sortIndicatorSection() == 2
    assert restored_header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder


def test_the_sheets_column_widths_survive_reopening(
    qtbot: QtBot, inspector_context: ScreenContext, windows: list[QWidget]
) -> None:
    store = inspector_context.store
    compound_id = CompoundListing().ids(store, ListingQuery())[0]
    inspection = inspections.start_inspection(store, compound_id).value
    first = InspectionSheet(inspector_context, inspection.id)
    windows.append(first)
    first.show()
    first.ui.indicator_tree.header().resizeSection(NOTE, 311)
    first.close()
    second = InspectionSheet(inspector_context, inspection.id)
    windows.append(second)
    assert second.ui.indicator_tree.header().sectionSize(NOTE) == 311


def _interview(firm_id: str, firm: str, quarter: str, status: str) -> InterviewLine:
    """An interview at `status`, every text long enough to wrap: each step shows its own fields."""
    long = "约谈企业负责人，指出消防通道堆放杂物、电梯维保记录不全等问题，要求限期整改。" * 3
    return InterviewLine(
        interview_id=firm_id,
        credit_code="91440300MA5F000000",
        firm=firm,
        quarter=quarter,
        score=54.5,
        status=status,
        scheduled_at=dt.datetime(2026, 9, 1, 1, 30, tzinfo=dt.UTC),
        place="区住建局三楼会议室",
        held_at=dt.datetime(2026, 9, 1, 1, 30, tzinfo=dt.UTC),
        minutes=long,
        commitments=long,
        rectification_due=dt.date(2026, 9, 30),
        followup_on=dt.date(2026, 10, 8),
        followup_passed=None,
        closed_on=None,
    )


def _decision_dialogs(context: ScreenContext) -> list[Callable[[], QWidget]]:
    """The clerk's dialogs that open on one record: a ticket, a card, an interview, a grading
    sheet, a reason, the surveys list."""
    store, runner = context.store, context.runner
    with store.reading() as session:
        ticket = session.exec(select(Complaint.id).order_by(col(Complaint.id))).first()
        community = session.exec(select(Community.id).order_by(col(Community.id))).first()
        firms = [(f.id, f.name) for f in session.exec(select(Firm).order_by(col(Firm.name)))]
    assert ticket and community, "the demo city has a ticket and a community"
    quarter = Quarter.parse(data_quarters(store)[0])
    firm_id, firm = firms[0]
    year = grading_years(store)[0]
    return [
        lambda: ComplaintDialog(runner, store, complaint_detail(store, ticket)),
        lambda: CardDialog(context, quarter, firms, cards_view(store, quarter).yellow_deduction),
        *(
            lambda status=status: InterviewDialog(
                context, _interview(firm_id, firm, str(quarter), status), dt.date(2026, 9, 30)
            )
            for status in InterviewStatus
        ),
        lambda: GradingSheetDialog(
            context, grading_sheet(store, community, year, GRADING_SOURCES[0])
        ),
        lambda: ReasonDialog(
            context,
            title="撤销黄牌",
            prompt="撤销物业公司的黄牌（原因很长很长）？" * 6,
            save=lambda _reason: None,  # type: ignore[arg-type,return-value]
        ),
        lambda: SurveysDialog(runner, store),
    ]


def test_the_dialogs_of_one_record_fit(
    qtbot: QtBot, clerk_context: ScreenContext, windows: list[QWidget]
) -> None:
    for build in _decision_dialogs(clerk_context):
        dialog = build()
        windows.append(dialog)
        assert_fits(qtbot, dialog)
