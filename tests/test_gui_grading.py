"""Community grading as a clerk runs it: the sources per community, a sheet edited, the grades."""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from hexie_desktop.gui.context import ScreenContext
from hexie_desktop.gui.grading_screen import FIRST_SOURCE_COLUMN, GradingScreen
from hexie_desktop.gui.grading_sheet_dialog import SCORE_COLUMN, GradingSheetDialog
from hexie_desktop.gui.operations import AppSignals
from hexie_desktop.gui.results_reason_dialog import ReasonDialog
from hexie_desktop.gui.settings import AppSettings
from hexie_desktop.gui.tasks import TaskRunner
from hexie_desktop.services.demo.generate import DemoOptions, generate_demo
from hexie_desktop.services.grading.results_view import grading_results
from hexie_desktop.services.grading.sheets_view import grading_sheet
from hexie_desktop.services.store import Store
from hexie_desktop.services.trust.identity import require_identity

YEAR = 2026
GRADE_COLUMN = FIRST_SOURCE_COLUMN + 5


@pytest.fixture
def context(clerk_store: Store) -> Iterator[ScreenContext]:
    generate_demo(clerk_store, DemoOptions(firms=12, compounds=40, seed=1))
    signals = AppSignals()
    runner = TaskRunner(signals)
    yield ScreenContext(
        clerk_store,
        runner,
        signals,
        AppSettings(clerk_store.data_dir),
        require_identity(clerk_store),
    )
    runner.shutdown()


def _screen(qtbot: QtBot, context: ScreenContext) -> GradingScreen:
    screen = GradingScreen(context)
    qtbot.addWidget(screen)
    screen.resize(1100, 700)
    screen.show()
    screen.ui.year_combo.setCurrentIndex(screen.ui.year_combo.findData(YEAR))
    qtbot.waitUntil(lambda: screen.overview is not None and screen.overview.year == YEAR)
    return screen


def _column(screen: GradingScreen, column: int) -> list[str]:
    model = screen.model
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def test_grading_run_shows_grades_ranks_and_flags(
    qtbot: QtBot, context: ScreenContext, warnings: list[str]
) -> None:
    screen = _screen(qtbot, context)
    assert screen.model.rowCount() > 0
    assert "2026" in screen.ui.status_label.text()
    assert all(g == "" for g in _column(screen, GRADE_COLUMN))
    scored = [r for r in screen.overview.rows if r.sources] if screen.overview else []
    assert scored and all(0 < v <= 100 for r in scored for v in r.sources.values())

    qtbot.mouseClick(screen.ui.grade_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(_column(screen, GRADE_COLUMN)), timeout=10_000)
    assert warnings == []
    grades = [g for g in _column(screen, GRADE_COLUMN) if g]
    summary = screen.last_summary
    assert summary is not None
    assert {g: grades.count(g) for g in set(grades)} == summary.grades
    ranks = [r for r in _column(screen, FIRST_SOURCE_COLUMN + 4) if r]
    assert ranks == [str(n) for n in range(1, summary.participants + 1)]
    assert set(_column(screen, GRADE_COLUMN + 1)) == {""}  # no grades last year
    assert set(_column(screen, GRADE_COLUMN + 2)) <= {"New", ""}
    assert "Graded on" in screen.ui.status_label.text()
    assert f"参评 {summary.participants} 个" in screen.ui.status_label.text()


def test_a_sheet_edited_per_indicator_marks_the_grades_outdated(
    qtbot: QtBot, context: ScreenContext, warnings: list[str]
) -> None:
    screen = _screen(qtbot, context)
    qtbot.mouseClick(screen.ui.grade_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Graded on" in screen.ui.status_label.text(), timeout=10_000)
    table = screen.ui.community_table
    table.setFocus()
    table.setCurrentIndex(screen.model.index(0, FIRST_SOURCE_COLUMN + 1))
    community = screen.overview.rows[0] if screen.overview else None
    assert community is not None
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(screen.dialog, GradingSheetDialog), timeout=5_000)
    dialog = screen.dialog
    assert isinstance(dialog, GradingSheetDialog)
    assert dialog.form.source == "third_party"
    assert dialog.ui.sheet_table.rowCount() == 90
    first = dialog.form.indicators[0]
    cell = dialog.ui.sheet_table.item(0, SCORE_COLUMN)
    assert cell is not None
    cell.setText(f"{first.max_points + 5:g}")
    assert not dialog.ui.button_box.button(dialog.ui.button_box.StandardButton.Ok).isEnabled()
    assert first.code in dialog.ui.error_label.text()
    cell.setText("0")
    assert "90 of 90" in dialog.ui.total_label.text()
    qtbot.keyPress(dialog, Qt.Key.Key_Return)  # the release reaches a dialog already saving
    qtbot.waitUntil(lambda: screen.dialog is None, timeout=5_000)
    assert warnings == []
    stored = grading_sheet(context.store, community.community_id, YEAR, "third_party")
    assert stored.scores[first.code] == 0
    qtbot.waitUntil(lambda: "press Grade again" in screen.ui.status_label.text(), timeout=5_000)


def test_the_grading_model_passes_the_model_tester(
    qtmodeltester: ModelTester,
    qtbot: QtBot,
    context: ScreenContext,
) -> None:
    screen = _screen(qtbot, context)
    qtmodeltester.check(screen.model)
    QApplication.processEvents()


def test_the_year_is_finalised_and_reopened_with_a_reason_from_the_window(
    qtbot: QtBot,
    context: ScreenContext,
    warnings: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    screen = _screen(qtbot, context)
    assert not screen.ui.finalise_button.isEnabled()
    assert not screen.ui.reopen_button.isEnabled()
    qtbot.mouseClick(screen.ui.grade_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(screen.ui.finalise_button.isEnabled, timeout=10_000)
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *_a: QMessageBox.StandardButton.Yes)
    )
    qtbot.mouseClick(screen.ui.finalise_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(screen.ui.reopen_button.isEnabled, timeout=5_000)
    assert not screen.ui.grade_button.isEnabled()
    assert "finalised" in screen.ui.status_label.text()
    assert grading_results(context.store, YEAR).finalised

    qtbot.mouseClick(screen.ui.reopen_button, Qt.MouseButton.LeftButton)
    dialog = screen.dialog
    assert isinstance(dialog, ReasonDialog)
    dialog.ui.reason_edit.setPlainText("街道复核分数更正")
    dialog.submit()
    qtbot.waitUntil(screen.ui.grade_button.isEnabled, timeout=5_000)
    assert warnings == []
    assert not grading_results(context.store, YEAR).finalised
