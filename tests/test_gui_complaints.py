"""The complaints screen as an inspector uses it: find a ticket, move it through the loop with the
keyboard alone, see the timeline; register a new ticket; models pass the model tester."""

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlmodel import col, select

from hexie_desktop.domain.states import TicketAction, TicketState
from hexie_desktop.gui.complaint_dialog import ComplaintDialog
from hexie_desktop.gui.complaints_screen import ComplaintsScreen
from hexie_desktop.gui.context import ScreenContext
from hexie_desktop.gui.operations import AppSignals
from hexie_desktop.gui.settings import AppSettings
from hexie_desktop.gui.tasks import TaskRunner
from hexie_desktop.services.complaints.ticket_view import TicketDetail
from hexie_desktop.services.complaints.tickets import (
    NewTicket,
    advance_complaint,
    register_complaint,
)
from hexie_desktop.services.demo import generate as demo
from hexie_desktop.services.store import Store
from hexie_desktop.services.trust.identity import require_identity
from hexie_desktop.storage.tables import Compound
from tests.gui_support import type_with_input_method

BEIJING = dt.timezone(dt.timedelta(hours=8))
RECEIVED = dt.datetime(2026, 8, 3, 9, 0, tzinfo=BEIJING)


def _register(
    store: Store, number: str, compound: int, category: str, hours: float
) -> TicketDetail:
    with store.reading() as session:
        compound_id = session.exec(select(Compound.id).order_by(col(Compound.name))).all()[compound]
    received = RECEIVED + dt.timedelta(hours=hours)
    ticket = NewTicket(number, compound_id, category, "楼道灯坏了一个月没修", received)
    return register_complaint(store, ticket).value.detail


@pytest.fixture
def town(inspector_store: Store) -> Store:
    demo.generate_demo(
        inspector_store, demo.DemoOptions(firms=12, compounds=40, seed=1, master_only=True)
    )
    _register(inspector_store, "12345-2026-0000001", 0, "维修不及时", 0)
    _register(inspector_store, "12345-2026-0000002", 1, "电梯故障", 1)
    _register(inspector_store, "DH-2026-0000003", 2, "维修不及时", 2)
    return inspector_store


@pytest.fixture
def context(town: Store) -> Iterator[ScreenContext]:
    signals = AppSignals()
    runner = TaskRunner(signals)
    yield ScreenContext(town, runner, signals, AppSettings(town.data_dir), require_identity(town))
    runner.shutdown()


@pytest.fixture
def screen(qtbot: QtBot, context: ScreenContext) -> ComplaintsScreen:
    built = ComplaintsScreen(context)
    qtbot.addWidget(built)
    built.resize(1100, 600)
    built.show()
    qtbot.waitExposed(built)
    return built


def _cell(screen: ComplaintsScreen, row: int, column: int) -> str:
    return str(screen.model.data(screen.model.index(row, column)))


def _wait_state(qtbot: QtBot, dialog: ComplaintDialog, state: TicketState) -> None:
    qtbot.waitUntil(lambda: dialog.detail.state == state and dialog.ui.step_group.isEnabled())


def test_the_list_shows_newest_first_and_filters(qtbot: QtBot, screen: ComplaintsScreen) -> None:
    assert screen.model.rowCount() == 3
    assert _cell(screen, 0, 0) == "DH-2026-0000003"
    assert _cell(screen, 0, 5) == "2026-08-03 11:00"
    assert _cell(screen, 0, 7) == screen.tr("Overdue")  # never handled, long past due
    assert screen.ui.empty_label.isHidden()
    screen.ui.category_combo.setCurrentIndex(screen.ui.category_combo.findData("电梯故障"))
    assert screen.model.rowCount() == 1 and _cell(screen, 0, 0) == "12345-2026-0000002"
    screen.ui.category_combo.setCurrentIndex(0)
    screen.ui.state_combo.setCurrentIndex(screen.ui.state_combo.findData("closed"))
    assert screen.model.rowCount() == 0
    assert screen.ui.count_label.text().startswith(("0 ", "显示 0 "))
    screen.ui.state_combo.setCurrentIndex(0)
    qtbot.keyClicks(screen.ui.filter_edit, "DH-")
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1)


def test_a_ticket_goes_round_the_loop_by_keyboard(qtbot: QtBot, screen: ComplaintsScreen) -> None:
    table = screen.ui.ticket_table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert _cell(screen, table.currentIndex().row(), 0) == "12345-2026-0000001"
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.ticket_dialog is not None)
    dialog = screen.ticket_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    visible = [a for a, b in dialog.buttons.items() if b.isVisible()]
    assert visible == [TicketAction.DISPATCH, TicketAction.REJECT]

    type_with_input_method(dialog.ui.note_edit, "转物业公司处理")
    qtbot.keyClick(dialog, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    _wait_state(qtbot, dialog, TicketState.DISPATCHED)
    qtbot.keyClick(dialog, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
    _wait_state(qtbot, dialog, TicketState.HANDLING)
    # A reply says what the resident was told: without it the ticket stays where it is.
    qtbot.keyClick(dialog, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.ui.message_label.isVisible)
    assert dialog.detail.state == TicketState.HANDLING
    assert dialog.ui.note_edit.hasFocus()
    type_with_input_method(dialog.ui.note_edit, "已修复")
    qtbot.keyClick(dialog, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    _wait_state(qtbot, dialog, TicketState.REPLIED)

    qtbot.keyClick(dialog, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.ui.message_label.isVisible)  # a mnemonic clicks after a short flash
    assert dialog.detail.state == TicketState.REPLIED
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.ui.satisfied_radio.isChecked)
    qtbot.keyClick(dialog, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    _wait_state(qtbot, dialog, TicketState.VISITED)
    assert dialog.ui.resolved_check.isChecked()
    qtbot.keyClick(dialog, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    _wait_state(qtbot, dialog, TicketState.CLOSED)

    assert dialog.ui.step_group.isHidden()
    timeline = dialog.timeline
    steps = [timeline.data(timeline.index(row, 2)) for row in range(timeline.rowCount())]
    assert steps == ["受理", "转办：转物业公司处理", "办理", "回复：已修复", "回访：满意", "办结"]
    times = [timeline.data(timeline.index(row, 0)) for row in range(timeline.rowCount())]
    assert times == sorted(times) and times[0] == "2026-08-03 09:00"
    qtbot.waitUntil(
        lambda: screen.model.data(screen.model.index(2, 4)) == screen.model._display("closed", 4)
    )


def test_a_redo_that_reaches_the_policy_escalates(qtbot: QtBot, screen: ComplaintsScreen) -> None:
    store = screen._context.store
    ticket_id = screen.model.id_at(0)
    for action in (TicketAction.DISPATCH, TicketAction.HANDLE):
        advance_complaint(store, ticket_id, action)
    for _round in range(2):
        advance_complaint(store, ticket_id, TicketAction.REPLY)
        advance_complaint(store, ticket_id, TicketAction.VISIT, satisfied=False)
        advance_complaint(store, ticket_id, TicketAction.REDO)
    advance_complaint(store, ticket_id, TicketAction.REPLY)
    advance_complaint(store, ticket_id, TicketAction.VISIT, satisfied=False)
    screen.open_ticket(ticket_id)
    qtbot.waitUntil(lambda: screen.ticket_dialog is not None)
    dialog = screen.ticket_dialog
    assert dialog is not None
    assert dialog.buttons[TicketAction.REDO].isVisible()
    assert not dialog.ui.resolved_check.isChecked()
    type_with_input_method(dialog.ui.note_edit, "漏水未修好")
    qtbot.mouseClick(dialog.buttons[TicketAction.REDO], Qt.MouseButton.LeftButton)
    _wait_state(qtbot, dialog, TicketState.HANDLING)
    assert dialog.detail.escalated and dialog.detail.redo_count == 3
    assert "升级督办" in dialog.ui.message_label.text()
    assert dialog.ui.message_label.isVisible()


def test_a_refused_step_is_shown_and_changes_nothing(
    qtbot: QtBot, screen: ComplaintsScreen, warnings: list[str]
) -> None:
    screen.open_ticket(screen.model.id_at(0))
    qtbot.waitUntil(lambda: screen.ticket_dialog is not None)
    dialog = screen.ticket_dialog
    assert dialog is not None
    stale = dialog.detail
    advance_complaint(screen._context.store, stale.id, TicketAction.DISPATCH)
    dialog.take(TicketAction.DISPATCH)  # the dialog still shows "received"
    qtbot.waitUntil(lambda: bool(warnings))
    assert warnings == ["工单当前状态为“已转办”，不能“转办”。当前可进行的操作：办理、不予受理。"]
    qtbot.waitUntil(dialog.ui.step_group.isEnabled)
    dialog.take(TicketAction.REJECT)
    assert dialog.ui.message_label.isVisible() and len(warnings) == 1


def test_a_new_ticket_is_registered_and_opened(qtbot: QtBot, screen: ComplaintsScreen) -> None:
    screen.ui.filter_edit.setFocus()
    qtbot.keyClick(screen.ui.filter_edit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = screen.new_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.ui.ticket_no_edit, "WS-2026-0000099")
    combo = dialog.ui.compound_combo
    name = combo.itemText(5)
    compound_edit, category_edit = combo.lineEdit(), dialog.ui.category_combo.lineEdit()
    assert compound_edit is not None and category_edit is not None
    compound_edit.clear()
    type_with_input_method(compound_edit, name)
    type_with_input_method(category_edit, "噪音扰民")
    type_with_input_method(dialog.ui.content_edit, "楼下商铺音响声音过大")
    qtbot.keyClick(dialog.ui.content_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: screen.ticket_dialog is not None)
    opened = screen.ticket_dialog
    assert opened is not None and opened.detail.ticket_no == "WS-2026-0000099"
    assert opened.detail.category == "噪音扰民" and name.startswith(opened.detail.compound_name)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 4)
    assert screen.ui.category_combo.findData("噪音扰民") > 0


def test_a_bad_ticket_number_is_refused_inline(qtbot: QtBot, screen: ComplaintsScreen) -> None:
    screen.new_ticket()
    dialog = screen.new_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.ui.ticket_no_edit, "12345")
    dialog.save()
    assert dialog.ui.error_label.isVisible() and "格式不正确" in dialog.ui.error_label.text()
    assert dialog.isVisible()


def test_an_empty_list_says_what_to_do(qtbot: QtBot, inspector_store: Store) -> None:
    signals = AppSignals()
    runner = TaskRunner(signals)
    identity = require_identity(inspector_store)
    try:
        screen = ComplaintsScreen(
            ScreenContext(
                inspector_store, runner, signals, AppSettings(inspector_store.data_dir), identity
            )
        )
        qtbot.addWidget(screen)
        screen.show()
        assert screen.ui.ticket_table.isHidden() and screen.ui.empty_label.isVisible()
        assert "Ctrl+N" in screen.ui.empty_label.text()
    finally:
        runner.shutdown()


def test_models_pass_the_model_tester(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    screen: ComplaintsScreen,
) -> None:
    qtmodeltester.check(screen.model)
    screen.model.sort(2, Qt.SortOrder.AscendingOrder)
    screen.model.set_structured_filter(overdue_only=True)
    qtmodeltester.check(screen.model)
    assert screen.model.data(QModelIndex()) is None
    screen.open_ticket(screen.model.id_at(0))
    qtbot.waitUntil(lambda: screen.ticket_dialog is not None)
    dialog = screen.ticket_dialog
    assert dialog is not None
    qtmodeltester.check(dialog.timeline)
    assert dialog.timeline.rowCount(dialog.timeline.index(0, 0)) == 0
