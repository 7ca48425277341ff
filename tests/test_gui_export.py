"""导出 Excel in the window: each ranked or listed table saves through the same service as
`hexie export`, and the import dialog lists sheets, shows warnings and saves a template."""

from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog
from pytestqt.qtbot import QtBot

from hexie_desktop.domain.quarters import Quarter
from hexie_desktop.gui.cards_screen import CardsScreen
from hexie_desktop.gui.complaints_screen import ComplaintsScreen
from hexie_desktop.gui.context import ScreenContext
from hexie_desktop.gui.grading_screen import GradingScreen
from hexie_desktop.gui.import_dialog import ImportDialog
from hexie_desktop.gui.operations import AppSignals
from hexie_desktop.gui.results_screen import ResultsScreen
from hexie_desktop.gui.settings import AppSettings
from hexie_desktop.gui.tasks import TaskRunner
from hexie_desktop.services.demo.generate import DemoOptions, generate_demo
from hexie_desktop.services.evaluation.evaluate import evaluate_quarter
from hexie_desktop.services.evaluation.results_view import quarter_lists, quarter_scores
from hexie_desktop.services.export.request import ExportRequest
from hexie_desktop.services.export.service import build_export
from hexie_desktop.services.store import Store
from hexie_desktop.services.trust.identity import require_identity
from tests.test_import_registers import district_firms

Q1 = Quarter(2026, 1)
WAIT_MS = 20_000


@pytest.fixture
def context(clerk_store: Store) -> Iterator[ScreenContext]:
    generate_demo(clerk_store, DemoOptions(firms=12, compounds=40, quarters=[Q1], seed=1))
    evaluate_quarter(clerk_store, Q1)
    signals = AppSignals()
    runner = TaskRunner(signals)
    settings = AppSettings(clerk_store.data_dir)
    yield ScreenContext(clerk_store, runner, signals, settings, require_identity(clerk_store))
    runner.shutdown()


@pytest.fixture(autouse=True)
def _settled(qtbot: QtBot, context: ScreenContext) -> Iterator[None]:
    yield
    qtbot.waitUntil(lambda: not context.runner.busy, timeout=WAIT_MS)


@pytest.fixture
def saved(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[str]:
    """Answer every save dialog with its own suggested name, in tmp_path; record the names."""
    names: list[str] = []

    def choose(_parent: object, _title: str, suggested: str, _filters: str) -> tuple[str, str]:
        names.append(Path(suggested).name)
        return str(tmp_path / Path(suggested).name), "Excel (*.xlsx)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(choose))
    return names


def _rows(path: Path) -> list[tuple[object, ...]]:
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    return list(sheet.iter_rows(min_row=3, values_only=True))


def _written(qtbot: QtBot, path: Path) -> Path:
    qtbot.waitUntil(path.exists, timeout=WAIT_MS)
    return path


def test_results_export_the_tab_shown(
    qtbot: QtBot, context: ScreenContext, saved: list[str], tmp_path: Path, warnings: list[str]
) -> None:
    screen = ResultsScreen(context)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitUntil(lambda: screen.results is not None, timeout=WAIT_MS)
    assert screen.ui.export_button.isEnabled()
    qtbot.mouseClick(screen.ui.export_button, Qt.MouseButton.LeftButton)
    assert saved == ["2026年第1季度季度考评得分排名.xlsx"]
    rows = _rows(_written(qtbot, tmp_path / saved[0]))
    firms = quarter_scores(context.store, Q1).as_dict()["firms"]
    assert [(r[0], r[2], r[3]) for r in rows] == [
        (f["rank"], f["credit_code"], f["score"]) for f in firms
    ]
    qtbot.waitUntil(lambda: "Exported" in screen.ui.status_label.text(), timeout=WAIT_MS)
    screen.ui.result_tabs.setCurrentWidget(screen.ui.lists_tab)
    qtbot.mouseClick(screen.ui.export_button, Qt.MouseButton.LeftButton)
    rows = _rows(_written(qtbot, tmp_path / "2026年第1季度红黑榜.xlsx"))
    lists = quarter_lists(context.store, Q1)
    assert len(rows) == len(lists.red) + len(lists.black)
    screen.ui.result_tabs.setCurrentWidget(screen.ui.warnings_tab)
    assert not screen.ui.export_button.isEnabled()
    assert warnings == []


@pytest.mark.usefixtures("saved")
def test_cards_interviews_complaints_and_grading_export(
    qtbot: QtBot,
    context: ScreenContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    warnings: list[str],
) -> None:
    cards = CardsScreen(context)
    qtbot.addWidget(cards)
    cards.show()
    qtbot.waitUntil(cards.ui.export_button.isEnabled, timeout=WAIT_MS)
    qtbot.mouseClick(cards.ui.export_button, Qt.MouseButton.LeftButton)
    rows = _rows(_written(qtbot, tmp_path / "2026年第1季度黄牌红牌警告.xlsx"))
    assert len(rows) == len(quarter_lists(context.store, Q1).cards)
    cards.ui.cards_tabs.setCurrentWidget(cards.ui.interviews_tab)
    qtbot.mouseClick(cards.ui.export_button, Qt.MouseButton.LeftButton)
    _written(qtbot, tmp_path / "2026年第1季度低分约谈.xlsx")

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *_a: ("2026Q1", True)))
    complaints = ComplaintsScreen(context)
    qtbot.addWidget(complaints)
    complaints.show()
    qtbot.mouseClick(complaints.ui.export_button, Qt.MouseButton.LeftButton)
    rows = _rows(_written(qtbot, tmp_path / "2026年第1季度投诉工单.xlsx"))
    expected = build_export(context.store, ExportRequest("complaints", quarter=Q1)).rows
    assert len(rows) == len(expected) > 0

    grading = GradingScreen(context)
    qtbot.addWidget(grading)
    grading.show()
    grading.ui.year_combo.setCurrentIndex(grading.ui.year_combo.findData(2026))
    qtbot.mouseClick(grading.ui.export_button, Qt.MouseButton.LeftButton)
    rows = _rows(_written(qtbot, tmp_path / "2026年度和谐社区等级评定.xlsx"))
    assert len(rows) == len(build_export(context.store, ExportRequest("grading", year=2026)).rows)
    assert warnings == []


def test_import_dialog_lists_sheets_warns_and_saves_a_template(
    qtbot: QtBot, context: ScreenContext, saved: list[str], tmp_path: Path, warnings: list[str]
) -> None:
    dialog = ImportDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.firms_radio.setChecked(True)
    dialog.load_file(district_firms(tmp_path / "名录.xlsx"))
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=WAIT_MS)
    combo = dialog.ui.sheet_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["企业", "小区"]
    assert combo.isEnabled() and combo.currentText() == "企业"
    kinds = [dialog.error_model.row(n)[1] for n in range(dialog.error_model.rowCount())]
    assert kinds == ["Check", "Skipped", "Skipped", "Skipped"]
    assert dialog.import_button.isEnabled()
    assert "Check the 1 warnings" in dialog.ui.summary_label.text()
    dialog.ui.compounds_radio.setChecked(True)
    qtbot.waitUntil(lambda: dialog.preview is not None and combo.currentText() == "小区")
    qtbot.mouseClick(dialog.template_button, Qt.MouseButton.LeftButton)
    template = _written(qtbot, tmp_path / "小区名录导入模板.xlsx")
    qtbot.waitUntil(lambda: "Template saved" in dialog.ui.summary_label.text(), timeout=WAIT_MS)
    assert openpyxl.load_workbook(template).sheetnames == ["小区", "填写说明"]
    assert warnings == []
