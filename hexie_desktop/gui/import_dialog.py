"""Importing firms or compounds from a spreadsheet: preview every row and every error first.

Choosing a file reads it (off the UI thread) into a preview of the rows it would import and a
list of its errors by row number. The import button stays disabled while any row is wrong, so a
file goes in whole or not at all; the import itself runs on the task runner with progress.
"""

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QHeaderView, QWidget

from hexie_desktop.domain.master_rows import CompoundRow, FirmRow
from hexie_desktop.gui.context import ScreenContext
from hexie_desktop.gui.forms.import_dialog_ui import Ui_ImportDialog
from hexie_desktop.gui.rows_model import Cell, RowsModel
from hexie_desktop.services.changes import Changes
from hexie_desktop.services.importing import (
    ImportPreview,
    ImportResult,
    import_compounds,
    import_firms,
    preview_compounds,
    preview_firms,
)

FIRM_IMPORT_CHANGES = Changes.of("firm")
COMPOUND_IMPORT_CHANGES = Changes.of(
    "district", "street", "community", "firm", "compound", "contract"
)


class ImportDialog(QDialog):
    imported = Signal(object)  # services.importing.ImportResult

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ImportDialog()
        self.ui.setupUi(self)
        self._context = context
        self._path: Path | None = None
        self.preview: ImportPreview[Any] | None = None
        self.preview_model = RowsModel((), self)
        self.error_model = RowsModel((self.tr("Row"), self.tr("Column"), self.tr("Problem")), self)
        self.ui.preview_table.setModel(self.preview_model)
        self.ui.error_table.setModel(self.error_model)
        self.ui.error_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.ui.error_table.horizontalHeader().setStretchLastSection(True)
        self.import_button = self.ui.button_box.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.import_button.setObjectName("import_button")
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self._import)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.choose_button.clicked.connect(self._choose)
        self.ui.firms_radio.toggled.connect(self._kind_changed)
        self.ui.file_edit.setPlaceholderText(self.tr("No file chosen (.xlsx, .xlsm or .csv)"))
        self.ui.summary_label.setText(
            self.tr(
                "Choose the kind of list and the file. Nothing is written until you press "
                "Import, and Import is possible only when no row has an error."
            )
        )
        self.ui.preview_splitter.setSizes([360, 160])
        self.ui.choose_button.setFocus()

    @property
    def firms(self) -> bool:
        return self.ui.firms_radio.isChecked()

    def _choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a spreadsheet"),
            str(self._path.parent) if self._path else "",
            self.tr("Spreadsheets (*.xlsx *.xlsm *.csv)"),
        )
        if name:
            self.load_file(Path(name))

    def _kind_changed(self) -> None:
        if self._path is not None:
            self.load_file(self._path)

    def load_file(self, path: Path) -> None:
        """Read `path` as the chosen kind of list and show what it would import."""
        self._path = path
        self.preview = None
        self.import_button.setEnabled(False)
        self.ui.file_edit.setText(str(path))
        self.ui.summary_label.setText(self.tr("Reading the file…"))
        store, firms = self._context.store, self.firms
        self._context.runner.run(
            lambda _progress, _cancel: (
                preview_firms(path) if firms else preview_compounds(path, store)
            ),
            title=self.tr("Reading the spreadsheet"),
            on_success=self._show_preview,
            on_failure=self._unreadable,
        )

    def _unreadable(self, _error: BaseException) -> None:
        self.preview_model.set_rows([])
        self.error_model.set_rows([])
        self.ui.summary_label.setText(
            self.tr("The file could not be read; see the message. Choose another file.")
        )

    def _show_preview(self, preview: ImportPreview[Any]) -> None:
        self.preview = preview
        headers, rows = self._firm_rows(preview) if self.firms else self._compound_rows(preview)
        self.preview_model = RowsModel(headers, self)
        self.preview_model.set_rows(rows)
        self.ui.preview_table.setModel(self.preview_model)
        self.ui.preview_table.resizeColumnsToContents()
        self.error_model.set_rows([(e.row, e.column, e.message) for e in preview.errors])
        bad_rows = len({e.row for e in preview.errors})
        if preview.errors:
            text = self.tr(
                "{rows} rows are correct and {bad} rows have errors (listed below by row "
                "number). Correct the spreadsheet and choose it again: nothing is imported "
                "while any row is wrong."
            ).format(rows=len(preview.rows), bad=bad_rows)
        elif not preview.rows:
            text = self.tr("The file has a header row but no data rows.")
        else:
            text = self.tr(
                "{rows} rows read, no errors. Import writes them all in one step."
            ).format(rows=len(preview.rows))
        self.ui.summary_label.setText(text)
        self.import_button.setEnabled(preview.ok and bool(preview.rows))

    def _yes_no(self, value: bool | None) -> str:
        if value is None:
            return ""
        return self.tr("Yes") if value else self.tr("No")

    def _firm_rows(self, preview: ImportPreview[Any]) -> tuple[list[str], list[list[Cell]]]:
        headers = [
            self.tr("Row"),
            self.tr("Credit code"),
            self.tr("Firm"),
            self.tr("Legal representative"),
            self.tr("Phone"),
            self.tr("Address"),
            self.tr("State-owned"),
        ]
        rows: list[FirmRow] = preview.rows
        return headers, [
            [
                r.row,
                r.credit_code,
                r.name,
                r.legal_representative,
                r.phone,
                r.address,
                self._yes_no(r.state_owned),
            ]
            for r in rows
        ]

    def _compound_rows(self, preview: ImportPreview[Any]) -> tuple[list[str], list[list[Cell]]]:
        headers = [
            self.tr("Row"),
            self.tr("District"),
            self.tr("Street"),
            self.tr("Community"),
            self.tr("Compound"),
            self.tr("Households"),
            self.tr("Grid"),
            self.tr("Fallback"),
            self.tr("Firm credit code"),
            self.tr("Contract starts"),
            self.tr("Contract ends"),
        ]
        rows: list[CompoundRow] = preview.rows
        return headers, [
            [
                r.row,
                r.district,
                r.street,
                r.community,
                r.name,
                r.households,
                r.grid,
                self._yes_no(r.is_fallback),
                r.firm_credit_code,
                r.contract_starts_on.isoformat() if r.contract_starts_on else "",
                r.contract_ends_on.isoformat() if r.contract_ends_on else "",
            ]
            for r in rows
        ]

    def _import(self) -> None:
        path = self._path
        if path is None or self.preview is None or not self.preview.ok:
            return
        self.import_button.setEnabled(False)
        store, firms = self._context.store, self.firms
        self._context.runner.run(
            lambda progress, _cancel: (
                import_firms(store, path, progress)
                if firms
                else import_compounds(store, path, progress)
            ),
            title=self.tr("Importing master data"),
            on_success=self._imported,
            on_failure=self._import_failed,
            changes=FIRM_IMPORT_CHANGES if firms else COMPOUND_IMPORT_CHANGES,
        )

    def _import_failed(self, _error: BaseException) -> None:
        if self.preview is not None:
            self.import_button.setEnabled(self.preview.ok and bool(self.preview.rows))

    def _imported(self, result: ImportResult) -> None:
        self.ui.summary_label.setText("\n".join(result.lines()))
        self.imported.emit(result)
