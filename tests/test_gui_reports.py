"""The reports screen as a clerk uses it: generate, preview, save, print and verify a report."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QSize, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from hexie_desktop.domain.errors import UserError
from hexie_desktop.domain.quarters import Quarter
from hexie_desktop.gui import printing
from hexie_desktop.gui.context import ScreenContext
from hexie_desktop.gui.operations import AppSignals
from hexie_desktop.gui.reports_screen import ReportsScreen
from hexie_desktop.gui.settings import AppSettings
from hexie_desktop.gui.tasks import TaskRunner
from hexie_desktop.gui.verify_dialog import VerifyDialog
from hexie_desktop.services.demo.generate import DemoOptions, generate_demo
from hexie_desktop.services.evaluation.evaluate import evaluate_quarter
from hexie_desktop.services.reporting import files as reporting_files
from hexie_desktop.services.reporting.choices_view import evaluated_quarters, summoned_firms
from hexie_desktop.services.reporting.files import generate_report, recent_reports, save_copy
from hexie_desktop.services.reporting.printing import ReportRequest
from hexie_desktop.services.store import Store
from hexie_desktop.services.trust.identity import require_identity
from tests.gui_support import type_with_input_method

EVALUATED = Quarter(2026, 1)
NOT_EVALUATED = Quarter(2026, 2)
GENERATE_TIMEOUT_MS = 15_000


@pytest.fixture
def evaluated(clerk_store: Store) -> Store:
    """A dozen firms with fieldwork in two quarters, of which only the first is evaluated."""
    generate_demo(clerk_store, DemoOptions(firms=12, compounds=40, seed=1))
    evaluate_quarter(clerk_store, EVALUATED)
    return clerk_store


@pytest.fixture
def context(evaluated: Store) -> Iterator[ScreenContext]:
    signals = AppSignals()
    runner = TaskRunner(signals)
    identity = require_identity(evaluated)
    yield ScreenContext(evaluated, runner, signals, AppSettings(evaluated.data_dir), identity)
    runner.shutdown()


@pytest.fixture
def screen(qtbot: QtBot, context: ScreenContext) -> ReportsScreen:
    shown = ReportsScreen(context)
    qtbot.addWidget(shown)
    shown.resize(1100, 720)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def _generate(qtbot: QtBot, screen: ReportsScreen) -> None:
    before = screen.current
    qtbot.mouseClick(screen.ui.generate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: screen.current is not before and screen.ui.generate_button.isEnabled(),
        timeout=GENERATE_TIMEOUT_MS,
    )


def _has_ink(image: QImage) -> bool:
    """Whether dark pixels (text) are drawn anywhere on a sample grid of the image."""
    step = 4
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            if QColor(image.pixel(x, y)).lightness() < 100:
                return True
    return False


def test_a_quarterly_report_is_generated_and_shown_from_page_one(
    qtbot: QtBot, screen: ReportsScreen, warnings: list[str]
) -> None:
    assert screen.ui.quarter_combo.currentText() == str(EVALUATED)
    assert not screen.ui.save_button.isEnabled()
    _generate(qtbot, screen)
    assert warnings == []
    report = screen.current
    assert report is not None and report.kind == "quarterly" and report.subject == "2026Q1"
    assert report.path.parent == screen._store.data_dir.generated_reports
    preview = screen.ui.preview
    assert preview.page_count() == report.pages > 0
    assert preview.current_page() == 0 and preview.ui.page_spin.value() == 1
    assert str(report.pages) in preview.ui.page_count_label.text()
    assert report.code in screen.ui.report_info_label.text()
    viewport = preview.ui.pdf_view.viewport()
    qtbot.waitUntil(lambda: _has_ink(viewport.grab().toImage()), timeout=5_000)

    qtbot.mouseClick(preview.ui.next_button, Qt.MouseButton.LeftButton)
    assert preview.current_page() == 1 and preview.ui.page_spin.value() == 2
    qtbot.mouseClick(preview.ui.zoom_in_button, Qt.MouseButton.LeftButton)
    assert preview.zoom_mode() == 1.25 and preview.ui.zoom_combo.currentText() == "125%"
    preview.ui.zoom_combo.setFocus()
    qtbot.keyClick(preview.ui.zoom_combo, Qt.Key.Key_Home)
    assert preview.zoom_mode() == "width"
    assert screen.ui.recent_list.count() == 1
    assert report.code in screen.ui.recent_list.item(0).text()


def test_save_as_writes_the_pdf_where_the_clerk_chose(
    qtbot: QtBot, screen: ReportsScreen, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _generate(qtbot, screen)
    report = screen.current
    assert report is not None
    chosen = tmp_path / "归档" / "季度报告"
    asked: list[str] = []

    def choose(_parent: QWidget, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(chosen), "PDF (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(choose))
    screen.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screen, timeout=2_000)
    qtbot.keyClick(screen.ui.kind_list, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = chosen.with_name("季度报告.pdf")
    qtbot.waitUntil(saved.exists, timeout=5_000)
    assert asked and asked[0].endswith(".pdf") and "2026Q1" in asked[0]
    assert saved.read_bytes() == report.path.read_bytes()
    assert saved.read_bytes().startswith(b"%PDF")
    qtbot.waitUntil(lambda: str(saved) in screen.ui.report_info_label.text(), timeout=2_000)


class PrintToFileDialog:
    """The system print dialog as a user fills it in: print to a PDF file, pages 2 to 3."""

    def __init__(self, printer: QPrinter, _parent: QWidget | None = None) -> None:
        self.printer = printer

    def setWindowTitle(self, _title: str) -> None:
        return None

    def setOption(self, _option: object, _on: bool) -> None:
        return None

    def setMinMax(self, _low: int, _high: int) -> None:
        return None

    def exec(self) -> int:
        self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        self.printer.setOutputFileName(str(PrintToFileDialog.output))
        self.printer.setPrintRange(QPrinter.PrintRange.PageRange)
        self.printer.setFromTo(2, 3)
        return int(QDialog.DialogCode.Accepted)

    output = Path()


def test_printing_renders_the_chosen_pages_to_the_printer_off_the_ui_thread(
    qtbot: QtBot,
    screen: ReportsScreen,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    warnings: list[str],
) -> None:
    _generate(qtbot, screen)
    assert screen.current is not None and screen.current.pages >= 3
    before = screen.ui.report_info_label.text()
    PrintToFileDialog.output = tmp_path / "printed.pdf"
    monkeypatch.setattr(printing, "QPrintDialog", PrintToFileDialog)
    qtbot.mouseClick(screen.ui.print_button, Qt.MouseButton.LeftButton)
    # The click returns with the job queued: its result can only reach the window afterwards.
    assert screen.ui.report_info_label.text() == before
    qtbot.waitUntil(lambda: screen.ui.report_info_label.text() != before, timeout=20_000)
    assert warnings == []
    printed = QPdfDocument()
    assert printed.load(str(PrintToFileDialog.output)) == QPdfDocument.Error.None_
    assert printed.pageCount() == 2
    size = printed.pagePointSize(0)
    assert abs(size.width() - 595) < 2 and abs(size.height() - 842) < 2
    assert _has_ink(printed.render(0, QSize(298, 421)))
    assert "2" in screen.ui.report_info_label.text()


def test_cancelling_stops_the_job_after_the_sheet_in_hand(
    qtbot: QtBot, screen: ReportsScreen, tmp_path: Path
) -> None:
    _generate(qtbot, screen)
    assert screen.current is not None
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printing.prepare_printer(printer, screen.ui.preview.document, "季度考评报告")
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "cancelled.pdf"))
    told: list[tuple[float, str]] = []
    on_sheet = printing.sheet_progress(lambda f, m: told.append((f, m)), lambda: True)
    assert printing.print_file(screen.current.path, printer, on_sheet=on_sheet) == 0
    assert len(told) == 1 and told[0][0] == pytest.approx(1 / screen.current.pages)


def test_a_report_for_a_cups_printer_goes_to_lp_as_the_pdf_itself() -> None:
    command = printing.lp_command(
        "/usr/bin/lp",
        Path("/data/报告.pdf"),
        printer_name="办公室打印机",
        pages=[0, 1, 2, 4],
        copies=2,
        title="季度考评报告 2026Q1",
    )
    assert command == [
        "/usr/bin/lp", "-d", "办公室打印机", "-t", "季度考评报告 2026Q1", "-n", "2",
        "-o", "collate=true", "-P", "1-3,5", "--", "/data/报告.pdf",
    ]  # fmt: skip
    reversed_pages = printing.lp_command("lp", Path("r.pdf"), printer_name="p", pages=[3, 2, 0])
    assert reversed_pages[-6:] == ["-o", "outputorder=reverse", "-P", "1,3-4", "--", "r.pdf"]


def test_printing_to_a_file_or_on_windows_is_rendered_here() -> None:
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    assert printing.spooler_command(printer, [0], Path("r.pdf"), "linux") is None
    printer.setOutputFormat(QPrinter.OutputFormat.NativeFormat)
    assert printing.spooler_command(printer, [0], Path("r.pdf"), "win32") is None


def test_a_spooler_that_refuses_is_told_in_one_chinese_line(tmp_path: Path) -> None:
    refusing = tmp_path / "lp"
    refusing.write_text("#!/bin/sh\necho 'lp: The printer or class does not exist.' >&2\nexit 1\n")
    refusing.chmod(0o755)
    with pytest.raises(UserError, match="系统打印服务拒绝了该报告"):
        printing.send_to_spooler([str(refusing), "--", "r.pdf"])
    with pytest.raises(UserError, match="没有响应"):
        printing.send_to_spooler([str(tmp_path / "absent-lp")])
    accepting = tmp_path / "lp-ok"
    accepting.write_text("#!/bin/sh\nexit 0\n")
    accepting.chmod(0o755)
    printing.send_to_spooler([str(accepting)])


def test_print_document_prints_the_current_page_without_a_dialog(
    qtbot: QtBot, screen: ReportsScreen, tmp_path: Path
) -> None:
    _generate(qtbot, screen)
    preview = screen.ui.preview
    preview.go_to_page(2)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printing.prepare_printer(printer, preview.document, "季度考评报告")
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "page3.pdf"))
    printer.setPrintRange(QPrinter.PrintRange.CurrentPage)
    assert printing.pages_to_print(printer, preview.page_count(), preview.current_page()) == [2]
    assert printing.print_document(preview.document, printer, current_page=2) == 1
    printed = QPdfDocument()
    printed.load(str(tmp_path / "page3.pdf"))
    assert printed.pageCount() == 1
    printer.setPrintRange(QPrinter.PrintRange.AllPages)
    printer.setPageOrder(QPrinter.PageOrder.LastPageFirst)
    assert printing.pages_to_print(printer, 3) == [2, 1, 0]


def test_printing_reports_each_sheet_and_stops_when_told(
    qtbot: QtBot, screen: ReportsScreen, tmp_path: Path
) -> None:
    _generate(qtbot, screen)
    document = screen.ui.preview.document
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printing.prepare_printer(printer, document, "季度考评报告")
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "all.pdf"))
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(1, 3)
    told: list[tuple[int, int]] = []

    def keep_going(done: int, total: int) -> bool:
        told.append((done, total))
        return True

    assert printing.print_document(document, printer, on_sheet=keep_going) == 3
    assert told == [(1, 3), (2, 3), (3, 3)]

    told.clear()
    printer.setOutputFileName(str(tmp_path / "stopped.pdf"))

    def stop_after_one(done: int, total: int) -> bool:
        told.append((done, total))
        return False

    assert printing.print_document(document, printer, on_sheet=stop_after_one) == 0
    assert told == [(1, 3)]


def test_a_quarter_not_evaluated_is_refused_in_chinese(
    qtbot: QtBot, screen: ReportsScreen, warnings: list[str]
) -> None:
    editor = screen.ui.quarter_combo.lineEdit()
    assert editor is not None
    editor.selectAll()
    qtbot.keyClicks(editor, str(NOT_EVALUATED))
    assert str(NOT_EVALUATED) in screen.ui.quarter_note_label.text()
    qtbot.mouseClick(screen.ui.generate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(warnings), timeout=GENERATE_TIMEOUT_MS)
    assert "尚未考评" in warnings[0] and str(NOT_EVALUATED) in warnings[0]
    assert screen.current is None and screen.ui.preview.page_count() == 0
    qtbot.waitUntil(screen.ui.generate_button.isEnabled, timeout=2_000)


def test_firm_reports_use_the_firm_pickers(
    qtbot: QtBot, screen: ReportsScreen, evaluated: Store, warnings: list[str]
) -> None:
    summoned = summoned_firms(evaluated, EVALUATED)
    assert summoned
    screen.select_kind("interview")
    assert screen.ui.summoned_combo.isVisible() and not screen.ui.year_combo.isVisible()
    assert summoned[0].name in screen.ui.summoned_combo.currentText()
    _generate(qtbot, screen)
    assert screen.current is not None and screen.current.kind == "interview"
    assert screen.current.subject == f"{EVALUATED}/{summoned[0].credit_code}"

    screen.select_kind("firm")
    assert screen.ui.firm_table.isVisible() and not screen.ui.quarter_combo.isVisible()
    qtbot.keyClicks(screen.ui.firm_filter_edit, summoned[0].credit_code[-8:])
    qtbot.waitUntil(lambda: screen.firm_model.rowCount() == 1, timeout=2_000)
    screen.ui.firm_filter_edit.clear()
    type_with_input_method(screen.ui.firm_filter_edit, summoned[0].name)
    qtbot.waitUntil(lambda: screen.firm_model.rowCount() == 1, timeout=2_000)
    screen.ui.as_of_edit.setDate(QDate(2026, 4, 10))
    _generate(qtbot, screen)
    assert warnings == []
    assert screen.current is not None and screen.current.kind == "firm"
    assert screen.current.subject == f"{summoned[0].credit_code}@2026-04-10"
    assert summoned[0].name in screen.ui.report_info_label.text()

    assert screen.ui.recent_list.count() == 2
    screen.ui.recent_list.setCurrentRow(1)
    qtbot.keyClick(screen.ui.recent_list, Qt.Key.Key_Return)
    assert screen.current is not None and screen.current.kind == "interview"
    assert screen.ui.preview.path == screen.current.path


def test_the_verify_dialog_checks_a_typed_code(
    qtbot: QtBot, screen: ReportsScreen, context: ScreenContext
) -> None:
    _generate(qtbot, screen)
    report = screen.current
    assert report is not None
    dialog = VerifyDialog(context.store, context.runner, report)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.subject_edit.text() == "2026Q1"
    qtbot.keyClicks(dialog.ui.code_edit, report.code.lower().replace("-", ""))
    qtbot.mouseClick(dialog.ui.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: report.code in dialog.ui.result_label.text(), timeout=10_000)
    assert "Genuine" in dialog.ui.result_label.text() or "核验通过" in dialog.ui.result_label.text()

    dialog.ui.code_edit.clear()
    qtbot.keyClicks(dialog.ui.code_edit, "AAAA-BBBB-CCCC")
    qtbot.mouseClick(dialog.ui.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "AAAA-BBBB-CCCC" in dialog.ui.result_label.text(), timeout=10_000)


def test_generated_reports_keep_only_the_latest(
    evaluated: Store, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(reporting_files, "KEEP_RECENT", 2)
    request = ReportRequest.lists(EVALUATED)
    made = [generate_report(evaluated, request, "2026Q1") for _ in range(3)]
    assert [r.path for r in recent_reports(evaluated)] == [made[2].path, made[1].path]
    assert not made[0].path.exists()
    assert evaluated_quarters(evaluated)[0].quarter == "2026Q1"

    with pytest.raises(UserError, match="文件夹"):
        save_copy(made[2].path, tmp_path)
    made[2].path.unlink()
    with pytest.raises(UserError, match="重新生成"):
        save_copy(made[2].path, tmp_path / "x.pdf")
    assert [r.path for r in recent_reports(evaluated)] == [made[1].path]
