"""Cards and interviews as a clerk works them: two yellows in a row turn red, an appeal undoes it,
an interview moves from pending to held with minutes."""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from hexie_desktop.domain.quarters import Quarter
from hexie_desktop.gui.card_dialog import CardDialog
from hexie_desktop.gui.cards_screen import CardsScreen
from hexie_desktop.gui.context import ScreenContext
from hexie_desktop.gui.interview_dialog import InterviewDialog
from hexie_desktop.gui.operations import AppSignals
from hexie_desktop.gui.results_labels import interview_status_label
from hexie_desktop.gui.results_reason_dialog import ReasonDialog
from hexie_desktop.gui.results_screen import ResultsScreen
from hexie_desktop.gui.settings import AppSettings
from hexie_desktop.gui.tasks import TaskRunner
from hexie_desktop.services.decisions.card_view import CardLine, cards_view
from hexie_desktop.services.decisions.cards import AUTO_WITHDRAWN
from hexie_desktop.services.demo.generate import DemoOptions, generate_demo
from hexie_desktop.services.evaluation.evaluate import evaluate_quarter
from hexie_desktop.services.evaluation.results_view import quarter_scores
from hexie_desktop.services.store import Store
from hexie_desktop.services.trust.identity import current_identity
from tests.gui_support import type_with_input_method

Q1, Q2 = Quarter(2026, 1), Quarter(2026, 2)
WAIT_MS = 20_000


@pytest.fixture
def context(clerk_store: Store) -> Iterator[ScreenContext]:
    generate_demo(clerk_store, DemoOptions(firms=12, compounds=40, seed=1))
    signals = AppSignals()
    runner = TaskRunner(signals)
    identity = current_identity(clerk_store)
    assert identity is not None
    yield ScreenContext(clerk_store, runner, signals, AppSettings(clerk_store.data_dir), identity)
    runner.shutdown()


@pytest.fixture(autouse=True)
def _settled(qtbot: QtBot, context: ScreenContext) -> Iterator[None]:
    """Let the refreshes a test's last action queued land before pytest-qt closes its screens."""
    yield
    qtbot.waitUntil(lambda: not context.runner.busy, timeout=WAIT_MS)


def choose_quarter(qtbot: QtBot, screen: CardsScreen | ResultsScreen, quarter: Quarter) -> None:
    combo = screen.ui.quarter_combo
    combo.setFocus()
    key = Qt.Key.Key_Down if str(quarter) < str(combo.currentData()) else Qt.Key.Key_Up
    while combo.currentData() != str(quarter):
        qtbot.keyClick(combo, key)


def open_cards(qtbot: QtBot, context: ScreenContext, quarter: Quarter) -> CardsScreen:
    screen = CardsScreen(context)
    qtbot.addWidget(screen)
    screen.show()
    choose_quarter(qtbot, screen, quarter)
    qtbot.waitUntil(
        lambda: screen.view is not None and screen.view.quarter == str(quarter), timeout=WAIT_MS
    )
    qtbot.waitUntil(lambda: bool(screen.firms), timeout=WAIT_MS)
    return screen


def cards_of(screen: CardsScreen, code: str) -> list[CardLine]:
    assert screen.view is not None
    return [c for c in screen.view.cards if c.credit_code == code]


def issue_yellow(qtbot: QtBot, screen: CardsScreen, code: str, reason: str) -> None:
    before = len(cards_of(screen, code))
    qtbot.mouseClick(screen.ui.issue_button, Qt.MouseButton.LeftButton)
    dialog = screen.dialog
    assert isinstance(dialog, CardDialog)
    assert dialog.ui.deduction_spin.value() > 0  # the policy's default
    qtbot.keyClicks(dialog.ui.firm_edit, code)
    assert code in dialog.ui.firm_chosen_label.text()
    type_with_input_method(dialog.ui.reason_edit, reason)
    ok = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(cards_of(screen, code)) > before, timeout=WAIT_MS)


def _clean_firm(store: Store) -> str:
    """A well-ranked firm without cards in either quarter, so its cards are the test's own."""
    evaluate_quarter(store, Q1)
    carded = {c.credit_code for q in (Q1, Q2) for c in cards_view(store, q).cards}
    table = quarter_scores(store, Q1)
    return next(row.credit_code for row in table.rows if row.credit_code not in carded)


def test_two_yellow_cards_in_a_row_turn_red_and_an_appeal_undoes_it(
    qtbot: QtBot, context: ScreenContext, warnings: list[str]
) -> None:
    code = _clean_firm(context.store)
    screen = open_cards(qtbot, context, Q1)
    issue_yellow(qtbot, screen, code, "未按规定公示物业服务收费")
    choose_quarter(qtbot, screen, Q2)
    qtbot.waitUntil(lambda: screen.view is not None and screen.view.quarter == "2026Q2")
    issue_yellow(qtbot, screen, code, "消防通道堆物逾期未整改")

    results = ResultsScreen(context)
    qtbot.addWidget(results)
    results.show()
    choose_quarter(qtbot, results, Q2)
    qtbot.waitUntil(
        lambda: results.results is not None and results.results.state.quarter == "2026Q2"
    )
    qtbot.mouseClick(results.ui.evaluate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: results.last_summary is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: results.black.rowCount() > 0, timeout=WAIT_MS)
    black_codes = [results.black.row(n)[2] for n in range(results.black.rowCount())]
    assert code in black_codes

    qtbot.waitUntil(
        lambda: any(c.color == "red" and c.revoked_on is None for c in cards_of(screen, code)),
        timeout=WAIT_MS,
    )
    red = next(c for c in cards_of(screen, code) if c.color == "red")
    assert red.automatic and red.escalated_from == ["2026Q1", "2026Q2"]

    yellow_row = next(
        n
        for n, c in enumerate(screen.view.cards if screen.view else [])
        if c.credit_code == code and c.color == "yellow"
    )
    screen.ui.card_table.setFocus()
    screen.ui.card_table.selectRow(yellow_row)
    qtbot.waitUntil(
        lambda: screen.credit.file is not None and screen.credit.file.credit_code == code,
        timeout=WAIT_MS,
    )
    assert screen.credit.file is not None
    assert {e.reason for e in screen.credit.file.entries} >= {
        "黄牌：未按规定公示物业服务收费",
        "黄牌：消防通道堆物逾期未整改",
    }
    qtbot.mouseClick(screen.ui.revoke_button, Qt.MouseButton.LeftButton)
    dialog = screen.dialog
    assert isinstance(dialog, ReasonDialog)
    type_with_input_method(dialog.ui.reason_edit, "申诉成立：堆物系施工单位临时占用")
    qtbot.mouseClick(
        dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(
        lambda: all(c.revoked_on is not None for c in cards_of(screen, code) if c.color == "red"),
        timeout=WAIT_MS,
    )
    red = next(c for c in cards_of(screen, code) if c.color == "red")
    assert red.revoke_reason == AUTO_WITHDRAWN
    revoked_yellow = next(c for c in cards_of(screen, code) if c.color == "yellow")
    assert revoked_yellow.revoke_reason == "申诉成立：堆物系施工单位临时占用"
    assert warnings == []


def test_an_interview_moves_from_pending_to_held_with_minutes(
    qtbot: QtBot, context: ScreenContext, warnings: list[str]
) -> None:
    evaluate_quarter(context.store, Q1)
    screen = open_cards(qtbot, context, Q1)
    assert screen.view is not None and screen.view.interviews
    screen.ui.cards_tabs.setCurrentWidget(screen.ui.interviews_tab)
    table = screen.ui.interview_table
    table.setFocus()
    table.selectRow(0)
    first = screen.view.interviews[0]

    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(screen.dialog, InterviewDialog), timeout=WAIT_MS)
    dialog = screen.dialog
    assert isinstance(dialog, InterviewDialog)
    assert dialog.ui.step_stack.currentWidget() is dialog.ui.schedule_page
    type_with_input_method(dialog.ui.place_edit, "区住建局三楼会议室")
    qtbot.mouseClick(dialog.ui.step_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: screen.view is not None and screen.view.interviews[0].status == "scheduled",
        timeout=WAIT_MS,
    )

    table.setFocus()
    table.selectRow(0)
    qtbot.mouseClick(screen.ui.interview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: isinstance(screen.dialog, InterviewDialog) and screen.dialog is not dialog,
        timeout=WAIT_MS,
    )
    dialog = screen.dialog
    assert isinstance(dialog, InterviewDialog)
    assert dialog.ui.step_stack.currentWidget() is dialog.ui.held_page
    assert "区住建局三楼会议室" in dialog.ui.record_label.text()
    qtbot.mouseClick(dialog.ui.step_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(warnings), timeout=WAIT_MS)
    assert "纪要" in warnings[0]  # the service says what is missing; the dialog stays open
    type_with_input_method(dialog.ui.minutes_edit, "企业负责人说明扣分原因，承认保洁不到位")
    type_with_input_method(dialog.ui.commitments_edit, "一个月内完成楼道清理并增派保洁员")
    qtbot.mouseClick(dialog.ui.step_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: screen.view is not None and screen.view.interviews[0].status == "held",
        timeout=WAIT_MS,
    )
    held = screen.view.interviews[0] if screen.view else first
    assert held.interview_id == first.interview_id
    assert held.minutes.startswith("企业负责人")
    status_cell = screen.interviews.index(0, 3)
    assert screen.interviews.data(status_cell) == interview_status_label("held")
    assert len(warnings) == 1
