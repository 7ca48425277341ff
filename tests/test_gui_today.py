"""Today's work to a submitted sheet with the keyboard alone, and the lists around it."""

from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from hexie_desktop.domain import bureau_time
from hexie_desktop.domain.quarters import Quarter
from hexie_desktop.gui.context import ScreenContext
from hexie_desktop.gui.inspection_sheet import InspectionSheet
from hexie_desktop.gui.inspections_screen import InspectionsScreen
from hexie_desktop.gui.operations import AppSignals
from hexie_desktop.gui.settings import AppSettings
from hexie_desktop.gui.tasks import TaskRunner
from hexie_desktop.gui.today_screen import TodayScreen
from hexie_desktop.paths import DataDir
from hexie_desktop.services.demo.generate import DemoOptions, generate_demo
from hexie_desktop.services.store import Store
from hexie_desktop.services.trust.identity import require_identity


@pytest.fixture
def context(inspector_store: Store, data_dir: DataDir) -> Iterator[ScreenContext]:
    last_quarter = Quarter.containing(bureau_time.today()).previous()
    generate_demo(
        inspector_store, DemoOptions(firms=6, compounds=16, quarters=[last_quarter], seed=5)
    )
    signals = AppSignals()
    runner = TaskRunner(signals)
    yield ScreenContext(
        inspector_store, runner, signals, AppSettings(data_dir), require_identity(inspector_store)
    )
    runner.shutdown()
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, InspectionSheet) and shiboken6.isValid(widget):
            widget.close()


def _answer_yes_when_asked() -> None:
    """The confirmation is a real modal question; the inspector presses Enter on it."""

    def press() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, press)
            return
        QTest.keyClick(dialog, Qt.Key.Key_Return)

    QTimer.singleShot(0, press)


def test_score_a_compound_with_the_keyboard_alone(
    qtbot: QtBot, context: ScreenContext, qtmodeltester: ModelTester
) -> None:
    screen = TodayScreen(context)
    qtbot.addWidget(screen)
    with qtbot.waitActive(screen):
        screen.show()
        screen.activateWindow()
    qtmodeltester.check(screen.model)
    table = screen.ui.compound_table
    first_compound = screen.model.id_at(0)
    total_before = screen.model.rowCount()
    assert total_before == 16 and screen.model.data(screen.model.index(0, 5))  # a last score
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.sheet is not None)  # the draft is started on the worker
    sheet = screen.sheet
    assert sheet is not None
    qtbot.waitUntil(lambda: QApplication.activeWindow() is sheet)
    assert sheet.model.view.header.compound_id == first_compound
    for indicator in sheet.model.view.indicators():
        tree = sheet.focusWidget()
        assert tree is sheet.ui.indicator_tree
        score = f"{indicator.max_points - 1:g}"
        qtbot.keyClick(tree, score[0])
        editor = sheet.focusWidget()
        assert editor is not None
        qtbot.keyClicks(editor, score[1:])
        qtbot.keyClick(editor, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: not context.runner.busy)  # every score is stored by the worker
    view = sheet.model.view
    assert view.unscored == [] and view.total == pytest.approx(100 - 28)
    assert "72.0" in sheet.ui.total_label.text()
    _answer_yes_when_asked()
    qtbot.keyClick(sheet.ui.indicator_tree, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: sheet.model.view.status == "submitted")
    qtbot.waitUntil(lambda: screen.model.rowCount() == total_before - 1)
    assert first_compound not in [screen.model.id_at(n) for n in range(screen.model.rowCount())]


def test_filters_by_street_firm_and_text(qtbot: QtBot, context: ScreenContext) -> None:
    screen = TodayScreen(context)
    qtbot.addWidget(screen)
    screen.show()
    everything = screen.model.rowCount()
    street = screen.ui.street_combo
    street.setCurrentIndex(1)
    name = street.currentText()
    assert 0 < screen.model.rowCount() < everything
    assert {
        screen.model.data(screen.model.index(n, 1)) for n in range(screen.model.rowCount())
    } == {name}
    street.setCurrentIndex(0)
    firm = screen.ui.firm_combo
    firm.setCurrentIndex(1)
    assert {
        screen.model.data(screen.model.index(n, 3)) for n in range(screen.model.rowCount())
    } == {firm.currentText()}
    firm.setCurrentIndex(0)
    compound = screen.model.data(screen.model.index(3, 0))
    commit = QInputMethodEvent()  # Chinese comes from an input method, not key presses
    commit.setCommitString(compound)
    QApplication.sendEvent(screen.ui.filter_edit, commit)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1)
    assert screen.ui.count_label.text()


def test_drafts_are_marked_in_both_lists(
    qtbot: QtBot, context: ScreenContext, qtmodeltester: ModelTester
) -> None:
    screen = TodayScreen(context)
    qtbot.addWidget(screen)
    screen.show()
    screen.open_current()
    qtbot.waitUntil(lambda: screen.sheet is not None)
    assert screen.sheet is not None
    screen.sheet.close()
    qtbot.waitUntil(lambda: screen.model.is_draft(0))
    records = InspectionsScreen(context)
    qtbot.addWidget(records)
    records.show()
    qtmodeltester.check(records.model)
    assert records.model.rowCount() == 1 and records.model.is_draft(0)
    status = records.model.index(0, 5)
    assert records.model.data(status) != "draft"  # shown in words, not the stored code
    assert records.model.data(status, Qt.ItemDataRole.FontRole).bold()
    qtbot.keyClick(records.ui.inspection_table, Qt.Key.Key_Return)
    assert isinstance(records.sheet, QWidget) and records.sheet.isVisible()
