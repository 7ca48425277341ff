"""Printing a report: the PDF handed to the system's print spooler, or its pages rendered, on A4.

Where the system has a spooler that takes PDF itself (CUPS's `lp` on Linux and macOS), the report
file goes to it as it is: the printer driver then prints the vector pages, sharp at any
resolution, and nothing is rasterised here. Elsewhere (Windows, printing to a PDF file, no `lp`)
the pages are rasterised by QtPdf in horizontal bands at the printer's resolution, capped at
`MAX_DPI`, so no page ever needs one huge image. The cap is 300 dpi because the district's 8-page
quarterly report took 6.7 s and a 23 MB spool file at 600 dpi against 1.6 s and 8 MB at 300 dpi
(printed to a PDF printer), and 300 dpi is what office laser printers print text at by default.

`choose_printer` asks the system print dialog on the UI thread; `print_file` is the whole job and
runs off it (the reports screen runs it on a task runner of its own, with progress and cancel),
opening its own copy of the document, so a city's 90-page report never stalls the window.
`print_document` prints an open document to any `QPrinter` (a test prints to a PDF file).
"""

import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRect, QRectF, QSize
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget
from shiboken6 import Shiboken

from hexie_desktop.domain.errors import UserError

MAX_DPI = 300
BAND_PIXELS = 8_000_000  # pixels rendered at once: 32 MB of ARGB
POINTS_PER_INCH = 72.0
SPOOLER_TIMEOUT_S = 60

SheetDone = Callable[[int, int], bool]
"""Told after each sheet (sheets printed, sheets in the job); answering False stops the job."""


def pages_to_print(printer: QPrinter, page_count: int, current_page: int = 0) -> list[int]:
    """The pages (counted from 0) the printer's settings ask for, in printing order."""
    if page_count <= 0:
        return []
    match printer.printRange():
        case QPrinter.PrintRange.CurrentPage:
            pages = [max(0, min(page_count - 1, current_page))]
        case QPrinter.PrintRange.PageRange if printer.fromPage() > 0:
            last = printer.toPage() if printer.toPage() > 0 else page_count
            pages = list(range(printer.fromPage() - 1, min(last, page_count)))
        case _:
            pages = list(range(page_count))
    if printer.pageOrder() == QPrinter.PageOrder.LastPageFirst:
        pages.reverse()
    return pages


def prepare_printer(printer: QPrinter, document: QPdfDocument, title: str) -> None:
    """A4, no margins of its own (the report has them), the document's name for the queue."""
    printer.setDocName(title)
    printer.setFullPage(True)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(_orientation(document, 0))
    printer.setFromTo(1, max(1, document.pageCount()))


def print_document(
    document: QPdfDocument,
    printer: QPrinter,
    *,
    current_page: int = 0,
    on_sheet: SheetDone | None = None,
) -> int:
    """Print the chosen pages of `document` on `printer`: the number of sheets printed, or 0
    when `on_sheet` stopped the job (the printer is then told to drop what it was sent)."""
    pages = pages_to_print(printer, document.pageCount(), current_page)
    if not pages:
        raise UserError("没有可打印的页：请检查打印范围是否超出报告的页数。")
    sheets = _sheets(printer, pages)
    printer.setPageOrientation(_orientation(document, sheets[0]))
    painter = QPainter()
    if not painter.begin(printer):
        raise UserError(
            "无法开始打印：打印机不可用或输出文件无法写入。请检查打印机或换一个输出位置。"
        )
    try:
        for number, page in enumerate(sheets):
            if number:
                printer.setPageOrientation(_orientation(document, page))
                if not printer.newPage():
                    raise UserError("打印中断：打印机拒绝了新的一页。请检查打印机后重试。")
            _draw_page(painter, printer, document, page)
            if on_sheet is not None and not on_sheet(number + 1, len(sheets)):
                printer.abort()
                return 0
    finally:
        painter.end()
    return len(sheets)


def choose_printer(parent: QWidget | None, document: QPdfDocument, title: str) -> QPrinter | None:
    """The printer and pages the user chose in the system print dialog; None when cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    prepare_printer(printer, document, title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, True)
    dialog.setMinMax(1, max(1, document.pageCount()))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return printer


def lp_command(
    lp: str,
    path: Path,
    *,
    printer_name: str,
    pages: list[int],
    copies: int = 1,
    collate: bool = True,
    title: str = "",
) -> list[str]:
    """CUPS's `lp` call that prints `pages` (counted from 0, in printing order) of the PDF."""
    command = [lp, "-d", printer_name, "-t", title, "-n", str(max(1, copies))]
    if copies > 1 and collate:
        command += ["-o", "collate=true"]
    ordered = sorted(pages)
    if pages != ordered:
        command += ["-o", "outputorder=reverse"]
    command += ["-P", _page_ranges(ordered), "--", str(path)]
    return command


def _page_ranges(pages: list[int]) -> str:
    """`[0, 1, 2, 4]` → `1-3,5`: the page list in the form `lp -P` takes, counted from 1."""
    ranges: list[str] = []
    start = previous = pages[0]
    for page in [*pages[1:], None]:
        if page is not None and page == previous + 1:
            previous = page
            continue
        ranges.append(f"{start + 1}" if start == previous else f"{start + 1}-{previous + 1}")
        if page is not None:
            start = previous = page
    return ",".join(ranges)


def spooler_command(
    printer: QPrinter, pages: list[int], path: Path, platform: str = sys.platform
) -> list[str] | None:
    """How to hand the report to the system's spooler as vector PDF, or None to rasterise.

    Windows has no spooler that takes PDF without a reader program, a PDF file chosen as the
    output is written by Qt, and without CUPS's `lp` there is nothing to hand it to.
    """
    lp = shutil.which("lp")
    if (
        platform == "win32"
        or lp is None
        or printer.outputFormat() != QPrinter.OutputFormat.NativeFormat
        or not printer.printerName()
    ):
        return None
    return lp_command(
        lp,
        path,
        printer_name=printer.printerName(),
        pages=pages,
        copies=printer.copyCount(),
        collate=printer.collateCopies(),
        title=printer.docName(),
    )


def send_to_spooler(command: list[str]) -> None:
    """Run the spooler's command; a refusal becomes one line saying what to check."""
    try:
        finished = subprocess.run(
            command, capture_output=True, timeout=SPOOLER_TIMEOUT_S, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        raise UserError(
            "系统打印服务没有响应，报告未能送出打印。请检查打印机和打印服务后重试。"
        ) from error
    if finished.returncode != 0:
        raise UserError(
            f"系统打印服务拒绝了该报告（返回码 {finished.returncode}）。"
            "请检查打印机是否可用、是否有纸后重试。"
        )


def print_file(
    path: Path, printer: QPrinter, *, current_page: int = 0, on_sheet: SheetDone | None = None
) -> int:
    """Print the report file at `path` as `printer` is set: the sheets sent, 0 when stopped.

    Meant for a worker thread: it opens its own document and destroys it before returning, on
    the thread that made it.
    """
    document = QPdfDocument()
    try:
        if document.load(str(path)) != QPdfDocument.Error.None_ or document.pageCount() == 0:
            raise UserError("无法打开报告文件，打印已停止。请重新生成报告后再打印。")
        pages = pages_to_print(printer, document.pageCount(), current_page)
        command = spooler_command(printer, pages, path) if pages else None
        if command is None:
            return print_document(document, printer, current_page=current_page, on_sheet=on_sheet)
        send_to_spooler(command)
        return len(pages) * max(1, printer.copyCount())
    finally:
        document.close()
        Shiboken.delete(document)


def sheet_progress(
    progress: Callable[[float, str], None], cancelled: Callable[[], bool]
) -> SheetDone:
    """A task runner's progress and cancel as `print_document` wants them told."""

    def sheet_done(done: int, total: int) -> bool:
        progress(
            done / max(1, total),
            QCoreApplication.translate("Printing", "Printing page {done} of {total}…").format(
                done=done + 1 if done < total else total, total=total
            ),
        )
        return not cancelled()

    return sheet_done


def _sheets(printer: QPrinter, pages: list[int]) -> list[int]:
    """The pages in the order they come out, with copies the printer cannot make itself."""
    if printer.supportsMultipleCopies():
        return pages
    copies = max(1, printer.copyCount())
    if printer.collateCopies():
        return pages * copies
    return [page for page in pages for _ in range(copies)]


def _orientation(document: QPdfDocument, page: int) -> QPageLayout.Orientation:
    size = document.pagePointSize(page)
    if size.width() > size.height():
        return QPageLayout.Orientation.Landscape
    return QPageLayout.Orientation.Portrait


def _draw_page(painter: QPainter, printer: QPrinter, document: QPdfDocument, page: int) -> None:
    """Fit the PDF page into the sheet (A4 on A4 is one to one) and paint it band by band."""
    sheet = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
    points = document.pagePointSize(page)
    scale = min(sheet.width() / points.width(), sheet.height() / points.height())
    target = QRectF(0, 0, points.width() * scale, points.height() * scale)
    target.moveCenter(sheet.center())
    dpi = min(printer.resolution(), MAX_DPI)
    full = QSize(
        round(points.width() / POINTS_PER_INCH * dpi),
        round(points.height() / POINTS_PER_INCH * dpi),
    )
    band_height = max(1, min(full.height(), BAND_PIXELS // max(1, full.width())))
    to_sheet = target.height() / full.height()
    options = QPdfDocumentRenderOptions()
    options.setScaledSize(full)
    top = 0
    while top < full.height():
        height = min(band_height, full.height() - top)
        options.setScaledClipRect(QRect(0, top, full.width(), height))
        image = document.render(page, QSize(full.width(), height), options)
        if image.isNull():
            raise UserError(f"无法渲染报告第 {page + 1} 页，打印已停止。请重新生成报告后再打印。")
        band = QRectF(
            target.left(), target.top() + top * to_sheet, target.width(), height * to_sheet
        )
        painter.drawImage(band, image)
        top += height
