"""The complaints screen and a caller: masked in the list, in full in the clerk's ticket dialog,
masked in an inspector's; the purge button asks how many tickets and blanks them."""

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlmodel import col, select

from hexie_desktop.domain.personal_data import mask_name, mask_phone
from hexie_desktop.domain.quarters import Quarter
from hexie_desktop.gui.complaints_screen import ComplaintsScreen
from hexie_desktop.gui.context import ScreenContext
from hexie_desktop.gui.operations import AppSignals
from hexie_desktop.gui.settings import AppSettings
from hexie_desktop.gui.tasks import TaskRunner
from hexie_desktop.services.complaints.retention import purge_due
from hexie_desktop.services.demo import generate as demo
from hexie_desktop.services.listings.complaints import COMPLAINT_COLUMNS
from hexie_desktop.services.store import Store
from hexie_desktop.services.trust.identity import require_identity
from hexie_desktop.storage.tables import ComplaintCaller, Installation

CALLER_COLUMN = COMPLAINT_COLUMNS.index("caller")


@pytest.fixture
def bureau(clerk_store: Store) -> Store:
    options = demo.DemoOptions(firms=4, compounds=12, quarters=[Quarter(2024, 1)], seed=2)
    demo.generate_demo(clerk_store, options)
    return clerk_store


def _screen(qtbot: QtBot, store: Store) -> Iterator[ComplaintsScreen]:
    signals = AppSignals()
    runner = TaskRunner(signals)
    context = ScreenContext(
        store, runner, signals, AppSettings(store.data_dir), require_identity(store)
    )
    built = ComplaintsScreen(context)
    qtbot.addWidget(built)
    built.resize(1366, 700)
    built.show()
    qtbot.waitExposed(built)
    yield built
    runner.shutdown()


@pytest.fixture
def screen(qtbot: QtBot, bureau: Store) -> Iterator[ComplaintsScreen]:
    yield from _screen(qtbot, bureau)


def _caller_of(store: Store, complaint_id: str) -> ComplaintCaller:
    with store.reading() as session:
        row = session.get(ComplaintCaller, complaint_id)
        assert row is not None
        return row


def _first_with_caller(screen: ComplaintsScreen, store: Store) -> tuple[int, ComplaintCaller]:
    with store.reading() as session:
        held = set(session.exec(select(col(ComplaintCaller.complaint_id))).all())
    for row in range(screen.model.rowCount()):
        complaint_id = screen.model.id_at(row)
        if complaint_id in held:
            return row, _caller_of(store, complaint_id)
    raise AssertionError("no ticket with a caller")


def test_the_list_masks_and_the_clerks_dialog_shows_in_full(
    qtbot: QtBot, bureau: Store, screen: ComplaintsScreen
) -> None:
    row, caller = _first_with_caller(screen, bureau)
    cell = str(screen.model.data(screen.model.index(row, CALLER_COLUMN)))
    assert cell == f"{mask_name(caller.name)} {mask_phone(caller.phone)}"
    assert caller.name not in cell and caller.phone not in cell
    screen.open_ticket(caller.complaint_id)
    qtbot.waitUntil(lambda: screen.ticket_dialog is not None)
    dialog = screen.ticket_dialog
    assert dialog is not None
    assert dialog.ui.caller_value_label.text() == f"{caller.name} {caller.phone}"


@pytest.fixture
def inspector_screen(qtbot: QtBot, bureau: Store) -> Iterator[ComplaintsScreen]:
    with bureau.transaction() as session:
        me = session.exec(select(Installation)).one()
        me.role = "inspector"
        session.add(me)
    yield from _screen(qtbot, bureau)


def test_an_inspector_sees_the_mask_in_the_dialog_too(
    qtbot: QtBot, bureau: Store, inspector_screen: ComplaintsScreen
) -> None:
    screen = inspector_screen
    _row, caller = _first_with_caller(screen, bureau)
    screen.open_ticket(caller.complaint_id)
    qtbot.waitUntil(lambda: screen.ticket_dialog is not None)
    dialog = screen.ticket_dialog
    assert dialog is not None
    shown = dialog.ui.caller_value_label.text()
    assert shown == f"{mask_name(caller.name)} {mask_phone(caller.phone)}"
    assert caller.phone not in shown
    screen.new_ticket()
    assert screen.new_dialog is not None and screen.new_dialog.ui.caller_name_edit.isHidden()
    assert screen.purge_button.isHidden(), "an inspector registers no callers to remove"


def test_the_purge_button_says_how_many_and_asks_first(
    qtbot: QtBot, bureau: Store, screen: ComplaintsScreen, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = bureau
    due = purge_due(store)
    assert due.tickets > 0 and not screen.purge_button.isHidden()
    assert f"({due.tickets:,})" in screen.purge_button.text()
    questions: list[str] = []

    def answer(_parent: object, _title: str, text: str) -> QMessageBox.StandardButton:
        questions.append(text)
        return (
            QMessageBox.StandardButton.No if len(questions) == 1 else QMessageBox.StandardButton.Yes
        )

    monkeypatch.setattr(QMessageBox, "question", answer)
    screen.purge_button.click()
    assert f"{due.tickets:,}" in questions[0]
    assert purge_due(store).tickets == due.tickets
    screen.purge_button.click()
    qtbot.waitUntil(lambda: purge_due(store).tickets == 0)
    qtbot.waitUntil(lambda: "(" not in screen.purge_button.text())
