"""Checks at entry on the inspection sheet: a wrong score is named as it is typed, and submitting
says what is missing before it asks to confirm."""

from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlmodel import select

from hexie_desktop.domain import bureau_time
from hexie_desktop.domain.errors import UserError
from hexie_desktop.domain.quarters import Quarter
from hexie_desktop.gui.context import ScreenContext
from hexie_desktop.gui.inspection_sheet import InspectionSheet
from hexie_desktop.gui.tasks import TaskRunner
from hexie_desktop.services.demo.generate import DemoOptions, generate_demo
from hexie_desktop.services.fieldwork import inspections as service
from hexie_desktop.services.listings.master import CompoundListing, ListingQuery
from hexie_desktop.services.store import Store
from hexie_desktop.storage.tables.local import AuditEvent
from tests.gui_support import context_for


@pytest.fixture
def context(inspector_store: Store, runner: TaskRunner) -> ScreenContext:
    last_quarter = Quarter.containing(bureau_time.today()).previous()
    generate_demo(
        inspector_store, DemoOptions(firms=6, compounds=12, quarters=[last_quarter], seed=3)
    )
    return context_for(inspector_store, runner)


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Every box shown, as (kind, text); questions are answered yes."""
    shown: list[tuple[str, str]] = []

    def question(_parent: QWidget, _title: str, text: str, *_args: object) -> object:
        shown.append(("question", text))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(
        QMessageBox,
        "warning",
        staticmethod(lambda _parent, _title, text: shown.append(("warning", text))),
    )
    return shown


@pytest.fixture
def sheet(qtbot: QtBot, context: ScreenContext) -> Iterator[InspectionSheet]:
    store = context.store
    compound_id = CompoundListing().ids(store, ListingQuery())[0]
    inspection = service.start_inspection(store, compound_id).value
    window = InspectionSheet(context, inspection.id)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    yield window
    if shiboken6.isValid(window):
        window.close()


def _stored(qtbot: QtBot, sheet: InspectionSheet) -> None:
    """The queued saves done: the sheet shows what the database holds."""
    qtbot.waitUntil(lambda: not sheet.saving, timeout=10_000)


def _editor(window: InspectionSheet) -> QLineEdit:
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    return editor


def test_a_score_above_the_maximum_is_named_as_typed_and_not_stored(
    qtbot: QtBot, sheet: InspectionSheet
) -> None:
    tree = sheet.ui.indicator_tree
    first = sheet.model.view.indicators()[0]
    qtbot.keyClicks(tree, "5")
    editor = _editor(sheet)
    problem = tree.entry_problem_label
    assert problem.isVisible()
    assert first.code in problem.text() and "3" in problem.text()
    assert editor.geometry().bottom() <= problem.geometry().top() + editor.height()
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is editor, "Tab must not leave a wrong score"
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    assert not problem.isVisible()
    qtbot.keyClicks(editor, "2.5")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    _stored(qtbot, sheet)
    assert sheet.model.view.indicators()[0].score == 2.5
    assert not problem.isVisible()


def test_a_letter_gets_a_message_instead_of_vanishing(qtbot: QtBot, sheet: InspectionSheet) -> None:
    tree = sheet.ui.indicator_tree
    qtbot.keyClicks(tree, "2")
    editor = _editor(sheet)
    qtbot.keyClicks(editor, "x")
    assert editor.text() == "2"
    problem = tree.entry_problem_label
    assert problem.isVisible() and "2.5" in problem.text()


def test_a_wrong_score_left_by_a_click_elsewhere_keeps_the_stored_one(
    qtbot: QtBot, sheet: InspectionSheet
) -> None:
    tree = sheet.ui.indicator_tree
    qtbot.keyClicks(tree, "9")
    _editor(sheet)
    sheet.ui.note_button.setFocus()
    QApplication.processEvents()
    assert sheet.model.view.indicators()[0].score is None


def test_submit_names_what_blocks_it_before_asking(
    sheet: InspectionSheet, asked: list[tuple[str, str]]
) -> None:
    sheet.submit()
    assert len(asked) == 1
    kind, text = asked[0]
    assert kind == "warning" and "80%" in text
    assert sheet.model.view.status == "draft"


def test_submit_lists_the_unscored_indicators_in_its_question(
    context: ScreenContext, sheet: InspectionSheet, asked: list[tuple[str, str]]
) -> None:
    indicators = sheet.model.view.indicators()
    left = indicators[-1]
    for indicator in indicators[:-1]:
        service.set_score(context.store, sheet.inspection_id, indicator.id, indicator.max_points)
    reopened = InspectionSheet(context, sheet.inspection_id)
    try:
        reopened.submit()
        kind, text = asked[0]
        assert kind == "question"
        assert left.code in text and text.index(left.code) < text.index("Submit the sheet")
    finally:
        reopened.close()


def test_ctrl_z_puts_back_the_last_scores_one_by_one(qtbot: QtBot, sheet: InspectionSheet) -> None:
    tree = sheet.ui.indicator_tree
    for text in ("3", "1.5"):
        qtbot.keyClicks(tree, text[0])
        editor = _editor(sheet)
        qtbot.keyClicks(editor, text[1:])
        qtbot.keyClick(editor, Qt.Key.Key_Tab)
    _stored(qtbot, sheet)
    first, second = sheet.model.view.indicators()[:2]
    assert (first.score, second.score) == (3.0, 1.5)
    qtbot.keyClick(tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    _stored(qtbot, sheet)
    assert sheet.model.view.indicators()[1].score is None
    assert sheet.model.view.indicators()[0].score == 3.0
    assert "A02" in sheet.ui.saved_label.text()
    qtbot.keyClick(tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    _stored(qtbot, sheet)
    assert sheet.model.view.indicators()[0].score is None
    qtbot.keyClick(tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert sheet.ui.saved_label.text() == "Nothing to undo"


def test_a_draft_opened_by_mistake_is_discarded_after_asking(
    qtbot: QtBot, context: ScreenContext, sheet: InspectionSheet, asked: list[tuple[str, str]]
) -> None:
    store = context.store
    inspection_id = sheet.inspection_id
    compound = sheet.model.view.header.name
    qtbot.keyClick(
        sheet.ui.indicator_tree,
        Qt.Key.Key_Delete,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert asked and asked[0][0] == "question" and compound in asked[0][1]
    qtbot.waitUntil(lambda: not shiboken6.isValid(sheet) or not sheet.isVisible())
    with pytest.raises(UserError, match="已不存在"):
        service.sheet(store, inspection_id)
    with store.reading() as session:
        actions = [e.action for e in session.exec(select(AuditEvent)).all()]
    assert "inspection.discarded" in actions
    again = service.start_inspection(store, CompoundListing().ids(store, ListingQuery())[0]).value
    assert again.id != inspection_id
