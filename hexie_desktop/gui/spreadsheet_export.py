"""导出 Excel: a screen's button that saves the table it shows as a spreadsheet.

The screen says what its table is (an `ExportRequest`, or None when nothing exportable is
shown); this asks where to save it, under a readable Chinese name in the folder used last, and
runs the same `export_table` as `hexie export` on the task runner.
"""

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QPushButton, QWidget

from hexie_desktop.gui.context import ScreenContext
from hexie_desktop.gui.settings import EXPORT_FOLDER
from hexie_desktop.services.export.request import ExportRequest

if TYPE_CHECKING:
    from hexie_desktop.services.export.service import ExportResult

EXCEL_FILTER = "Excel (*.xlsx)"


class SpreadsheetExport(QObject):
    def __init__(
        self,
        context: ScreenContext,
        button: QPushButton,
        request: Callable[[], ExportRequest | None],
        report: Callable[[str], None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._request = request
        self._report = report
        self._parent = parent
        self.button = button
        button.setToolTip(
            self.tr(
                "Save the table shown as an Excel workbook (or a CSV file) to paste into notices"
            )
        )
        button.clicked.connect(self.export)

    def _folder(self) -> Path:
        saved = self._context.settings.get(EXPORT_FOLDER)
        if saved and Path(saved).is_dir():
            return Path(saved)
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return Path(documents or Path.home())

    def export(self) -> None:
        request = self._request()
        if request is None:
            return
        chosen, chosen_filter = QFileDialog.getSaveFileName(
            self._parent,
            self.tr("Export to Excel"),
            str(self._folder() / request.suggested_name()),
            ";;".join((EXCEL_FILTER, self.tr("CSV, UTF-8 (*.csv)"))),
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_suffix(".xlsx" if chosen_filter == EXCEL_FILTER else ".csv")
        self._context.settings.set(EXPORT_FOLDER, str(path.parent))
        # The writers and the report views load on the first export, not with the screen.
        from hexie_desktop.services.export.service import export_table  # noqa: PLC0415

        store = self._context.store
        self.button.setEnabled(False)
        self._context.runner.run(
            lambda progress, _cancel: export_table(store, request, path, progress=progress),
            title=self.tr("Exporting to Excel"),
            on_success=self._exported,
            on_failure=self._failed,
        )

    def _exported(self, result: "ExportResult") -> None:
        self.button.setEnabled(True)
        self._report(
            self.tr("Exported {rows} rows to {path}").format(rows=result.rows, path=result.path)
        )

    def _failed(self, _error: BaseException) -> None:
        self.button.setEnabled(True)
