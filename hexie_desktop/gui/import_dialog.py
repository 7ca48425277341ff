"""Importing firms or compounds from a spreadsheet: preview every row and every error first.

Choosing a file reads it (off the UI thread) into a preview of the rows it would import and a
list of its errors by row number, with the warnings to check before importing and the totals
and notes rows that are skipped. A workbook's sheets are listed to choose from. The import
button stays disabled while any row is wrong, so a file goes in whole or not at all; the import
itself runs on the task runner with progress. Beside it, a blank template to fill in.
"""

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QHeaderView, QWidget

from hexie_desktop.domain.master_rows import CompoundRow, FirmRow
from hexie_desktop.gui.context import ScreenContext
from hexie_desktop.gui.forms.import_dialog_ui import Ui_ImportDialog
from hexie_desktop.gui.rows_model import Cell, RowsModel
from hexie_desktop.progress import Cancel, Progress
from hexie_desktop.services.export.template import template_name, write_template
from hexie_desktop.services.master.importing import (
    ImportPreview,
    ImportResult,
    import_compounds,
    import_firms,
    preview_compounds,
    preview_firms,
    workbook_sheets,
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
        self.error_model = RowsModel(
            (self.tr("Row"), self.tr("Kind"), self.tr("Column"), self.tr("Problem")), self
        )
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
        self.template_button = self.ui.button_box.addButton(
            self.tr("Save a blank &template…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.template_button.setObjectName("template_button")
        self.template_button.setToolTip(
            self.tr(
                "An empty register with the expected columns, an example row, drop-down lists "
                "and a second sheet explaining every column"
            )
        )
        self.template_button.clicked.connect(self.save_template)
        self.ui.sheet_combo.activated.connect(self._sheet_chosen)
        self.ui.errors_label.setText(self.tr("Errors, warnings and skipped rows, by row:"))
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

    @property
    def sheet(self) -> str | None:
        """The sheet chosen in the list, None for a CSV file or before a workbook is read."""
        return self.ui.sheet_combo.currentText() if self.ui.sheet_combo.count() else None

    def _sheet_chosen(self) -> None:
        if self._path is not None:
            self.load_file(self._path, self.sheet)

    def load_file(self, path: Path, sheet: str | None = None) -> None:
        """Read `path` (its `sheet`, else the one holding the header) and show what it would import."""
        self._path = path
        self.preview = None
        self.import_button.setEnabled(False)
        self.ui.file_edit.setText(str(path))
        self.ui.summary_label.setText(self.tr("Reading the file…"))
        store, firms = self._context.store, self.firms

        def work(_progress: Progress, _cancel: Cancel) -> tuple[list[str], ImportPreview[Any]]:
            preview: ImportPreview[Any] = (
                preview_firms(path, store, sheet)
                if firms
                else preview_compounds(path, store, sheet)
            )
            return workbook_sheets(path), preview

        self._context.runner.run(
            work,
            title=self.tr("Reading the spreadsheet"),
            on_success=self._show_sheets_and_preview,
            on_failure=self._unreadable,
        )

    def _show_sheets_and_preview(self, read: tuple[list[str], ImportPreview[Any]]) -> None:
        names, preview = read
        combo = self.ui.sheet_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItems(names)
        shown = preview.sheet_name or (names[0] if names else None)
        if shown is not None:
            combo.setCurrentIndex(max(combo.findText(shown), 0))
        combo.setEnabled(len(names) > 1)
        combo.blockSignals(False)
        self._show_preview(preview)

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
        kinds = (
            (self.tr("Error"), preview.errors),
            (self.tr("Check"), preview.warnings),
            (self.tr("Skipped"), preview.skipped),
        )
        listed = sorted(((e, kind) for kind, found in kinds for e in found), key=lambda p: p[0].row)
        self.error_model.set_rows([(e.row, kind, e.column, e.message) for e, kind in listed])
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
        if preview.warnings:
            text += " " + self.tr("Check the {warnings} warnings below before importing.").format(
                warnings=len(preview.warnings)
            )
        if preview.skipped:
            text += " " + self.tr("{skipped} rows of totals or notes are skipped.").format(
                skipped=len(preview.skipped)
            )
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
        store, firms, sheet = self._context.store, self.firms, self.sheet
        self._context.runner.run(
            lambda progress, _cancel: (
                import_firms(store, path, progress, sheet)
                if firms
                else import_compounds(store, path, progress, sheet)
            ),
            title=self.tr("Importing master data"),
            on_success=self._imported,
            on_failure=self._import_failed,
        )

    def save_template(self) -> None:
        kind = "firms" if self.firms else "compounds"
        folder = self._path.parent if self._path else Path.home()
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save a blank template"),
            str(folder / template_name(kind)),
            "Excel (*.xlsx)",
        )
        if not chosen:
            return
        target = Path(chosen) if chosen.lower().endswith(".xlsx") else Path(chosen + ".xlsx")
        self._context.runner.run(
            lambda _progress, _cancel: write_template(kind, target),
            title=self.tr("Saving the template"),
            on_success=self._template_saved,
        )

    def _template_saved(self, path: Path) -> None:
        self.ui.summary_label.setText(
            self.tr(
                "Template saved to {path}. Fill it in (the second sheet explains every "
                "column), then choose it here."
            ).format(path=path)
        )

    def _import_failed(self, _error: BaseException) -> None:
        if self.preview is not None:
            self.import_button.setEnabled(self.preview.ok and bool(self.preview.rows))

    def _imported(self, result: ImportResult) -> None:
        self.ui.summary_label.setText("\n".join(result.lines()))
        self.imported.emit(result)
