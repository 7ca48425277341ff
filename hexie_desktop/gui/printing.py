"""Printing a report: the pages of the PDF, rendered to the printer, on A4.

`print_document` is the whole job and needs no dialog, so it can print to any `QPrinter` (a test
prints to a PDF file); `print_with_dialog` puts the system print dialog in front of it and a
progress dialog beside it: a city's report is some 90 pages, half a minute of rasterising, and the
clerk can see how far it is and stop it.
Pages are rasterised by QtPdf in horizontal bands at the printer's resolution, capped at
`MAX_DPI`, so no page ever needs one huge image. The cap is 300 dpi because the district's 8-page
quarterly report took 6.7 s and a 23 MB spool file at 600 dpi against 1.6 s and 8 MB at 300 dpi
(printed to a PDF printer), and 300 dpi is what office laser printers print text at by default.
"""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QProgressDialog, QWidget

from hexie_desktop.domain.errors import UserError

MAX_DPI = 300
BAND_PIXELS = 8_000_000  # pixels rendered at once: 32 MB of ARGB
POINTS_PER_INCH = 72.0
PROGRESS_AFTER_MS = 300

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


def print_with_dialog(
    parent: QWidget | None, document: QPdfDocument, title: str, current_page: int = 0
) -> int:
    """Ask the system print dialog where and what to print, then print; 0 when cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    prepare_printer(printer, document, title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, True)
    dialog.setMinMax(1, max(1, document.pageCount()))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return 0
    progress = QProgressDialog(parent)
    progress.setWindowTitle(title)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(PROGRESS_AFTER_MS)
    progress.setAutoClose(False)
    progress.setAutoReset(False)

    def sheet_done(done: int, total: int) -> bool:
        progress.setMaximum(total)
        progress.setLabelText(
            QCoreApplication.translate("Printing", "Printing page {done} of {total}…").format(
                done=done + 1 if done < total else total, total=total
            )
        )
        progress.setValue(done)
        return not progress.wasCanceled()

    try:
        return print_document(document, printer, current_page=current_page, on_sheet=sheet_done)
    finally:
        progress.close()


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
