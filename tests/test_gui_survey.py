"""Entering a satisfaction survey with the keyboard: rates appear as figures are typed, mistakes
are named in the form, and saving twice in a quarter corrects the one survey."""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QSpinBox
from pytestqt.qtbot import QtBot
from sqlmodel import col, select

from hexie_desktop.domain import bureau_time
from hexie_desktop.domain.quarters import Quarter
from hexie_desktop.gui.complaints_screen import ComplaintsScreen
from hexie_desktop.gui.context import ScreenContext
from hexie_desktop.gui.operations import AppSignals
from hexie_desktop.gui.settings import AppSettings
from hexie_desktop.gui.survey_dialog import SurveyDialog
from hexie_desktop.gui.tasks import TaskRunner
from hexie_desktop.services.changes import Changes
from hexie_desktop.services.demo import generate as demo
from hexie_desktop.services.fieldwork.surveys import SurveyAnswers, read_survey
from hexie_desktop.services.store import Store
from hexie_desktop.services.trust.identity import require_identity
from hexie_desktop.storage.tables import Compound, Survey
from tests.gui_support import type_with_input_method

TODAY = bureau_time.today()
QUARTER = Quarter.containing(TODAY)


@pytest.fixture
def context(inspector_store: Store) -> Iterator[ScreenContext]:
    demo.generate_demo(
        inspector_store, demo.DemoOptions(firms=12, compounds=40, seed=1, master_only=True)
    )
    signals = AppSignals()
    runner = TaskRunner(signals)
    identity = require_identity(inspector_store)
    yield ScreenContext(
        inspector_store, runner, signals, AppSettings(inspector_store.data_dir), identity
    )
    runner.shutdown()


def _type_number(qtbot: QtBot, spin: QSpinBox, value: int) -> None:
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, str(value))


def _fill(qtbot: QtBot, dialog: SurveyDialog, figures: tuple[int, ...]) -> None:
    for spin, value in zip(dialog.spins, figures, strict=True):
        _type_number(qtbot, spin, value)


def test_a_survey_is_entered_with_live_rates(qtbot: QtBot, context: ScreenContext) -> None:
    screen = ComplaintsScreen(context)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    screen.ui.filter_edit.setFocus()
    qtbot.keyClick(
        screen.ui.filter_edit,
        Qt.Key.Key_S,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = screen.survey_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert not dialog.ui.error_label.isHidden()  # no compound chosen yet
    combo = dialog.ui.compound_combo
    label = combo.itemText(3)
    line = combo.lineEdit()
    assert line is not None
    type_with_input_method(line, label)
    qtbot.waitUntil(lambda: dialog.ui.firm_value_label.text() != "")
    assert dialog.ui.quarter_combo.currentText() == str(QUARTER)

    _fill(qtbot, dialog, (50, 20, 15, 5, 3, 2))
    assert dialog.ui.answered_value_label.text().startswith("45")
    assert dialog.ui.response_value_label.text() == "90.0%"
    assert dialog.ui.satisfaction_value_label.text() == "77.8%"  # 35 of 45
    assert dialog.ui.error_label.isHidden()

    _type_number(qtbot, dialog.ui.sample_spin, 40)
    assert "超过样本量 40 份" in dialog.ui.error_label.text()
    assert not dialog.ui.error_label.isHidden()
    assert dialog.ui.response_value_label.text() == "— (more answers than the sample)"
    _type_number(qtbot, dialog.ui.sample_spin, 50)
    assert dialog.ui.error_label.isHidden()

    with qtbot.waitSignal(context.signals.operation_did_execute) as changed:
        qtbot.keyClick(dialog.ui.sample_spin, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert changed.args == [Changes.of(Survey)]
    assert dialog.saved is not None and dialog.saved.created
    compound_id = dialog.saved.record.compound_id
    record = read_survey(context.store, compound_id, QUARTER)
    assert record is not None and record.answers == SurveyAnswers(50, 20, 15, 5, 3, 2)
    assert record.surveyed_on == TODAY


def test_the_same_quarter_reopens_and_corrects_the_survey(
    qtbot: QtBot, context: ScreenContext
) -> None:
    with context.store.reading() as session:
        compound_id = session.exec(select(Compound.id).order_by(col(Compound.name))).first()
    first = SurveyDialog(context.runner, context.store, compound_id, today=TODAY)
    qtbot.addWidget(first)
    first.show()
    assert first.ui.status_label.text() == ""
    _fill(qtbot, first, (30, 10, 10, 5, 0, 0))
    first.save()
    qtbot.waitUntil(lambda: first.saved is not None)

    again = SurveyDialog(context.runner, context.store, compound_id, today=TODAY)
    qtbot.addWidget(again)
    again.show()
    assert again.ui.status_label.text() != ""
    assert [spin.value() for spin in again.spins] == [30, 10, 10, 5, 0, 0]
    assert again.ui.satisfaction_value_label.text() == "80.0%"
    _type_number(qtbot, again.ui.neutral_spin, 3)
    assert again.ui.satisfaction_value_label.text() == "87.0%"  # 20 of 23
    again.save()
    qtbot.waitUntil(lambda: again.saved is not None)
    assert again.saved is not None and not again.saved.created
    with context.store.reading() as session:
        rows = session.exec(select(Survey)).all()
    assert len(rows) == 1 and rows[0].neutral == 3


def test_a_blank_form_cannot_be_saved_and_dates_stay_in_the_quarter(
    qtbot: QtBot, context: ScreenContext
) -> None:
    with context.store.reading() as session:
        compound_id = session.exec(select(Compound.id)).first()
    dialog = SurveyDialog(context.runner, context.store, compound_id, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.error_label.isHidden()
    assert not dialog._save.isEnabled()
    assert dialog.ui.response_value_label.text() == "—"
    dialog.ui.quarter_combo.setCurrentIndex(1)
    previous = QUARTER.previous()
    edit = dialog.ui.surveyed_on_edit
    assert edit.minimumDate() == QDate(previous.first_day.year, previous.first_day.month, 1)
    assert edit.date() == QDate(
        previous.last_day.year, previous.last_day.month, previous.last_day.day
    )


def test_a_saved_survey_is_found_in_the_quarters_list_and_corrected(
    qtbot: QtBot, context: ScreenContext
) -> None:
    with context.store.reading() as session:
        compound = session.exec(select(Compound).order_by(col(Compound.name))).first()
    assert compound is not None
    first = SurveyDialog(context.runner, context.store, compound.id, today=TODAY)
    qtbot.addWidget(first)
    _fill(qtbot, first, (30, 10, 10, 5, 0, 0))
    first.save()
    qtbot.waitUntil(lambda: first.saved is not None)

    screen = ComplaintsScreen(context)
    qtbot.addWidget(screen)
    screen.show()
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    screen.ui.filter_edit.setFocus()
    qtbot.keyClick(
        screen.ui.filter_edit,
        Qt.Key.Key_L,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    listing = screen.surveys_dialog
    assert listing is not None
    qtbot.waitExposed(listing)
    assert listing.ui.quarter_combo.currentText() == str(QUARTER)
    row = listing.model.row(0)
    assert row[0] == compound.name and row[2] == TODAY.isoformat() and row[3] == "李考评"
    assert row[4:] == (30, 25, "83.3%", "80.0%")  # 25 of 30 answered, 20 of 25 satisfied
    assert listing.ui.open_button.isEnabled()

    qtbot.waitUntil(lambda: QApplication.focusWidget() is listing.ui.survey_table)
    qtbot.keyClick(listing.ui.survey_table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: listing.survey_dialog is not None)
    form = listing.survey_dialog
    assert form is not None
    qtbot.waitExposed(form)
    assert [spin.value() for spin in form.spins] == [30, 10, 10, 5, 0, 0]
    assert form.ui.button_box.isEnabled(), "the Enter that opened it does not save it"
    _type_number(qtbot, form.ui.neutral_spin, 2)
    qtbot.keyClick(form.ui.neutral_spin, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: listing.model.row(0)[5] == 22)
    assert listing.model.rowCount() == 1, "corrected, not counted twice"
    assert "1 surveys in" in listing.ui.count_label.text()
