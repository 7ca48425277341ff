"""The inspection sheet driven as an inspector drives it: keys, drops, and a pulled plug."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDragMoveEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from hexie_desktop.domain import bureau_time
from hexie_desktop.domain.quarters import Quarter
from hexie_desktop.gui.context import ScreenContext
from hexie_desktop.gui.deductions_dialog import DeductionsModel
from hexie_desktop.gui.inspection_sheet import InspectionSheet
from hexie_desktop.gui.operations import AppSignals
from hexie_desktop.gui.settings import AppSettings
from hexie_desktop.gui.sheet_model import SCORE, SheetModel
from hexie_desktop.gui.tasks import TaskRunner
from hexie_desktop.paths import DataDir
from hexie_desktop.services.demo.generate import DemoOptions, generate_demo
from hexie_desktop.services.fieldwork import inspections as service
from hexie_desktop.services.listings.master import CompoundListing, ListingQuery
from hexie_desktop.services.store import Store, open_store
from hexie_desktop.services.trust.identity import require_identity


@pytest.fixture
def context(inspector_store: Store, data_dir: DataDir) -> Iterator[ScreenContext]:
    last_quarter = Quarter.containing(bureau_time.today()).previous()
    generate_demo(
        inspector_store, DemoOptions(firms=6, compounds=12, quarters=[last_quarter], seed=3)
    )
    signals = AppSignals()
    runner = TaskRunner(signals)
    yield ScreenContext(
        inspector_store, runner, signals, AppSettings(data_dir), require_identity(inspector_store)
    )
    runner.shutdown()


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Questions are answered yes; every message shown is recorded."""
    shown: list[str] = []

    def question(_parent: QWidget, _title: str, text: str, *_args: object) -> object:
        shown.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    for name in ("warning", "critical"):
        monkeypatch.setattr(
            QMessageBox, name, staticmethod(lambda _parent, _title, text: shown.append(text))
        )
    return shown


def open_draft(qtbot: QtBot, context: ScreenContext, windows: list[QWidget]) -> InspectionSheet:
    compound_id = CompoundListing().ids(context.store, ListingQuery())[0]
    inspection = service.start_inspection(context.store, compound_id).value
    window = InspectionSheet(context, inspection.id)
    windows.append(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


def type_score(qtbot: QtBot, window: QWidget, text: str, then: Qt.Key = Qt.Key.Key_Tab) -> None:
    """Keys go where the inspector's focus is: the tree, then the editor typing opened."""
    focus = window.focusWidget()
    assert focus is not None
    qtbot.keyClicks(focus, text[0])
    editor = window.focusWidget()
    assert editor is not None and editor is not focus
    qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, then)
    QApplication.processEvents()  # Enter commits through a queued call


def settled(qtbot: QtBot, context: ScreenContext) -> None:
    """Every write runs on the task runner's worker: wait until what was asked is stored."""
    qtbot.waitUntil(lambda: not context.runner.busy, timeout=10_000)


def test_the_models_pass_the_model_tester(
    qtbot: QtBot, context: ScreenContext, windows: list[QWidget], qtmodeltester: ModelTester
) -> None:
    window = open_draft(qtbot, context, windows)
    qtmodeltester.check(window.model)
    qtmodeltester.check(SheetModel(window.model.view))
    indicator = window.model.view.indicators()[0]
    qtmodeltester.check(DeductionsModel(indicator))


def test_a_draft_survives_closing_without_saving(
    qtbot: QtBot, context: ScreenContext, windows: list[QWidget], data_dir: DataDir
) -> None:
    window = open_draft(qtbot, context, windows)
    inspection_id = window.inspection_id
    for text in ("3", "1.5", "4"):
        type_score(qtbot, window, text)
    type_score(qtbot, window, "2", Qt.Key.Key_Return)
    assert window.ui.saved_label.text()
    window.close()
    context.runner.shutdown()
    context.store.close()
    reopened = open_store(data_dir)
    try:
        scores = [i.score for i in service.sheet(reopened, inspection_id).indicators()[:5]]
    finally:
        reopened.close()
    assert scores == [3.0, 1.5, 4.0, 2.0, None]


def test_submit_refuses_an_out_of_range_score_and_names_it(
    qtbot: QtBot, context: ScreenContext, windows: list[QWidget], dialogs: list[str]
) -> None:
    # The window refuses 50 as it is typed; a score above the maximum can still arrive stored.
    first = open_draft(qtbot, context, windows)
    for indicator in first.model.view.indicators():
        if indicator.code != "C04":
            type_score(qtbot, first, f"{indicator.max_points:g}")
        else:
            qtbot.keyClick(first.ui.indicator_tree, Qt.Key.Key_Tab)
            service.set_score(context.store, first.inspection_id, indicator.id, 50)
    settled(qtbot, context)
    first.close()
    window = InspectionSheet(context, first.inspection_id)
    windows.append(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    assert window.model.view.out_of_range == ["C04"]
    c04_id = next(i.id for i in window.model.view.indicators() if i.code == "C04")
    c04 = window.model.indicator_index(c04_id)
    assert "50" in window.model.data(c04) and window.model.data(c04, Qt.ItemDataRole.DecorationRole)
    assert "C04" in window.ui.total_label.text()
    qtbot.keyClick(window.ui.indicator_tree, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settled(qtbot, context)
    assert any("C04（50 分，满分 5）" in text for text in dialogs)
    assert window.model.view.status == "draft"
    window.ui.indicator_tree.go_to(c04)
    type_score(qtbot, window, "5", Qt.Key.Key_Return)
    qtbot.keyClick(window.ui.indicator_tree, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settled(qtbot, context)
    assert window.model.view.status == "submitted"
    assert window.ui.revise_button.isVisible() and not window.ui.submit_button.isEnabled()
    assert not window.model.flags(c04) & Qt.ItemFlag.ItemIsEditable


def test_deductions_picked_with_the_keyboard_set_the_score(
    qtbot: QtBot, context: ScreenContext, windows: list[QWidget]
) -> None:
    window = open_draft(qtbot, context, windows)
    first = window.model.view.indicators()[0]  # A01, 3 points; A01-2 takes 1 point
    qtbot.keyClick(window.ui.indicator_tree, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    dialog = window.deductions_dialog
    assert dialog is not None
    table = dialog.ui.deduction_table
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_Plus)
    qtbot.keyClick(table, Qt.Key.Key_Plus)
    assert dialog.score() == 1.0
    qtbot.keyClick(table, Qt.Key.Key_Return)
    settled(qtbot, context)
    row = window.model.view.indicator(first.id)
    assert row.score == 1.0 and row.deduction_text() == "A01-2×2"


def test_dropping_a_png_on_a_row_attaches_it(
    qtbot: QtBot, context: ScreenContext, windows: list[QWidget]
) -> None:
    window = open_draft(qtbot, context, windows)
    tree = window.ui.indicator_tree
    target = window.model.view.indicators()[2]
    index = window.model.indicator_index(target.id, SCORE)
    tree.scrollTo(index)
    photo = Path(context.store.data_dir.root.parent / "楼道.png")
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("#4a8"))
    assert image.save(str(photo))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(photo))])
    where = tree.visualRect(index).center()
    copy, left, plain = (
        Qt.DropAction.CopyAction,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    # A drag arrives as enter, move, drop; the drop goes to whoever accepted the enter.
    for event in (
        QDragEnterEvent(where, copy, mime, left, plain),
        QDragMoveEvent(where, copy, mime, left, plain),
        QDropEvent(QPointF(where), copy, mime, left, plain),
    ):
        QApplication.sendEvent(tree.viewport(), event)
        assert event.isAccepted()
    qtbot.waitUntil(lambda: window.model.view.indicator(target.id).photos == 1, timeout=10_000)
    assert window.ui.photo_list.count() == 1
    assert window.model.data(window.model.indicator_index(target.id, 5)) == "1"
