"""Master data as a clerk edits it: keyboard, live credit-code check, team, import preview."""

from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from hexie_desktop.domain.credit_code import check_character
from hexie_desktop.gui.compound_dialog import CompoundDialog
from hexie_desktop.gui.context import ScreenContext
from hexie_desktop.gui.firm_dialog import FirmDialog
from hexie_desktop.gui.import_dialog import ImportDialog
from hexie_desktop.gui.master_data_screen import MasterDataScreen
from hexie_desktop.gui.operations import AppSignals
from hexie_desktop.gui.settings import AppSettings
from hexie_desktop.gui.tasks import TaskRunner
from hexie_desktop.services.demo.generate import DemoOptions, generate_demo
from hexie_desktop.services.listings.master import FirmListing, ListingQuery
from hexie_desktop.services.master.records_view import compound_record
from hexie_desktop.services.store import Store
from hexie_desktop.services.trust.identity import require_identity
from tests.gui_support import shown_active, type_with_input_method

FIRST17 = "91440300MA5FQ2K7X"
CODE = FIRST17 + check_character(FIRST17)
WRONG = "0" if CODE[-1] != "0" else "1"


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


def _screen(qtbot: QtBot, context: ScreenContext) -> MasterDataScreen:
    return shown_active(qtbot, MasterDataScreen(context), 1000, 700)


def test_add_a_firm_by_keyboard_with_a_bad_then_corrected_credit_code(
    qtbot: QtBot, context: ScreenContext, warnings: list[str]
) -> None:
    screen = _screen(qtbot, context)
    screen.tabs.setCurrentWidget(screen.firms)
    table = screen.firms.ui.record_table
    table.setFocus()
    before = screen.firms.model.rowCount()
    qtbot.keyClick(table, Qt.Key.Key_Insert)
    dialog = screen.dialog
    assert isinstance(dialog, FirmDialog)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert dialog.ui.credit_code_edit.hasFocus()

    qtbot.keyClicks(dialog.ui.credit_code_edit, CODE[:-1].lower() + WRONG)
    status = dialog.ui.credit_code_status_label.text()
    assert f"最后一位应为 {CODE[-1]}" in status
    assert not dialog.ok_button.isEnabled()

    qtbot.keyClick(dialog.ui.credit_code_edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(dialog.ui.credit_code_edit, CODE[-1].lower())
    assert dialog.ui.credit_code_status_label.text().startswith("✓")
    qtbot.keyClick(dialog.ui.credit_code_edit, Qt.Key.Key_Tab)
    assert dialog.ui.name_edit.hasFocus()
    type_with_input_method(dialog.ui.name_edit, "鹏城物业服务有限公司")
    assert dialog.ok_button.isEnabled()
    qtbot.keyPress(dialog, Qt.Key.Key_Return)  # the release reaches a dialog already saving
    qtbot.waitUntil(lambda: screen.dialog is None or bool(warnings), timeout=5_000)
    assert warnings == []
    assert warnings == []
    qtbot.waitUntil(lambda: screen.firms.model.rowCount() == before + 1, timeout=5_000)
    ids = FirmListing().ids(context.store, ListingQuery(text=CODE))
    assert len(ids) == 1
    assert FirmListing().rows(context.store, ids)[ids[0]][0] == "鹏城物业服务有限公司"


def test_edit_a_compounds_team_from_the_list(
    qtbot: QtBot, context: ScreenContext, warnings: list[str]
) -> None:
    screen = _screen(qtbot, context)
    table = screen.compounds.ui.record_table
    table.setFocus()
    table.setCurrentIndex(screen.compounds.model.index(0, 0))
    compound_id = screen.compounds.model.id_at(0)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    dialog = screen.dialog
    assert isinstance(dialog, CompoundDialog)
    assert dialog.ui.name_edit.text() == screen.compounds.model.data(
        screen.compounds.model.index(0, 0)
    )
    dialog.ui.compound_tabs.setCurrentWidget(dialog.ui.team_page)
    head_name, head_phone = dialog.team_edits["service_head"]
    police_name, police_phone = dialog.team_edits["police_officer"]
    head_name.clear()
    type_with_input_method(head_name, "陈服务")
    head_phone.setFocus()
    head_phone.clear()
    qtbot.keyClicks(head_phone, "0755-88886666")
    police_name.clear()
    police_phone.clear()
    qtbot.keyPress(dialog, Qt.Key.Key_Return)  # the release reaches a dialog already saving
    qtbot.waitUntil(lambda: screen.dialog is None or bool(warnings), timeout=5_000)
    assert warnings == []
    assert warnings == []
    team = compound_record(context.store, compound_id).team
    assert (team["service_head"].name, team["service_head"].phone) == ("陈服务", "0755-88886666")
    assert "police_officer" not in team


def test_a_bad_team_phone_is_refused_and_the_dialog_stays_open(
    qtbot: QtBot, context: ScreenContext, warnings: list[str]
) -> None:
    screen = _screen(qtbot, context)
    dialog = CompoundDialog(context, screen.compounds.model.id_at(0), screen)
    qtbot.addWidget(dialog)
    dialog.show()
    name, phone = dialog.team_edits["legal_adviser"]
    ok = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
    assert ok is not None and ok.isEnabled() and dialog.ui.problem_label.isHidden()
    name.clear()
    phone.setText("0755-1234")
    assert "填写了法律顾问的电话，请同时填写姓名" in dialog.ui.problem_label.text()
    assert not ok.isEnabled(), "refused as typed, before OK"
    name.setText("林律师")
    assert ok.isEnabled() and dialog.ui.problem_label.isHidden()
    phone.setText("not a number")
    assert "法律顾问电话" in dialog.ui.problem_label.text() and not ok.isEnabled()
    dialog.ui.name_edit.clear()
    assert "小区名称不能为空" in dialog.ui.problem_label.text(), "the first problem is shown"
    dialog.ui.name_edit.setText("改名小区")
    dialog.ui.button_box.accepted.emit()
    qtbot.waitUntil(lambda: bool(warnings), timeout=5_000)
    assert "法律顾问电话" in warnings[0]
    assert dialog.isVisible() and dialog.isEnabled()


def test_changing_the_firm_in_the_dialog_says_when_the_old_contract_ends(
    qtbot: QtBot, context: ScreenContext
) -> None:
    screen = _screen(qtbot, context)
    dialog = CompoundDialog(context, screen.compounds.model.id_at(0), screen)
    qtbot.addWidget(dialog)
    combo = dialog.ui.firm_combo
    other = next(i for i in range(combo.count()) if i != combo.currentIndex())
    combo.setCurrentIndex(other)
    dialog.ui.starts_on_edit.setDate(QDate(2030, 7, 1))
    assert "2030-06-30" in dialog.ui.contract_note_label.text()


def _xlsx(path: Path, rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_import_preview_lists_row_errors_and_import_stays_disabled(
    qtbot: QtBot, context: ScreenContext, tmp_path: Path, warnings: list[str]
) -> None:
    screen = _screen(qtbot, context)
    qtbot.keyClick(
        screen.compounds.ui.record_table, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier
    )
    dialog = screen.dialog
    assert isinstance(dialog, ImportDialog)
    qtbot.mouseClick(dialog.ui.firms_radio, Qt.MouseButton.LeftButton)
    good = "91440300MA5FQ2K8" + "0"
    good = good[:17] + check_character(good[:17])
    path = _xlsx(
        tmp_path / "firms.xlsx",
        [
            ["统一社会信用代码", "企业名称", "联系电话"],
            [good, "甲物业", "0755-1"],
            [CODE[:-1] + WRONG, "乙物业", ""],
            [good, "丙物业", ""],
        ],
    )
    dialog.load_file(path)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=5_000)
    assert dialog.error_model.rowCount() == 2
    errors = [dialog.error_model.row(n) for n in range(2)]
    assert errors[0][0] == 3 and f"最后一位应为 {CODE[-1]}" in str(errors[0][3])
    assert errors[1][0] == 4 and "与第 2 行重复" in str(errors[1][3])
    assert dialog.preview_model.rowCount() == 2
    assert not dialog.import_button.isEnabled()

    fixed = _xlsx(
        tmp_path / "fixed.xlsx",
        [["统一社会信用代码", "企业名称"], [good, "甲物业"], [CODE, "乙物业"]],
    )
    dialog.load_file(fixed)
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=5_000)
    assert dialog.error_model.rowCount() == 0
    with qtbot.waitSignal(dialog.imported, timeout=5_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert "新增 2" in dialog.ui.summary_label.text()
    assert warnings == []
    assert len(FirmListing().ids(context.store, ListingQuery(text="乙物业"))) == 1


def test_models_pass_the_model_tester(
    qtmodeltester: ModelTester,
    qtbot: QtBot,
    context: ScreenContext,
    tmp_path: Path,
    warnings: list[str],
) -> None:
    dialog = ImportDialog(context)
    qtbot.addWidget(dialog)
    dialog.ui.firms_radio.setChecked(True)
    path = _xlsx(tmp_path / "f.xlsx", [["统一社会信用代码", "企业名称"], [CODE, "甲"], ["x", "乙"]])
    dialog.load_file(path)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=5_000)
    qtmodeltester.check(dialog.preview_model)
    qtmodeltester.check(dialog.error_model)
    assert warnings == []


def test_a_file_of_the_wrong_kind_is_refused_with_its_reason(
    qtbot: QtBot, context: ScreenContext, tmp_path: Path, warnings: list[str]
) -> None:
    dialog = ImportDialog(context)
    qtbot.addWidget(dialog)
    path = _xlsx(tmp_path / "f.xlsx", [["统一社会信用代码", "企业名称"], [CODE, "甲"]])
    dialog.load_file(path)
    qtbot.waitUntil(lambda: bool(warnings), timeout=5_000)
    assert "小区名称" in warnings[0]
    assert not dialog.import_button.isEnabled()
