"""Bundles (数据包), the inspector's page: carry work to the bureau and master data back.

Export writes a signed bundle into a chosen folder (a USB stick) on the task runner, then reads the
written file back and checks it; until both are done the page says not to pull the stick out.
The summary lists what went in, per table. Importing the bureau's master bundle shows the
verification in plain words before anything is written. The history lists every bundle that went
out or came in.
"""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QHeaderView, QPushButton, QWidget

from hexie_desktop.domain.bureau_time import format_time
from hexie_desktop.domain.labels import table_label
from hexie_desktop.gui.context import ScreenContext
from hexie_desktop.gui.forms.bundles_screen_ui import Ui_BundlesScreen
from hexie_desktop.gui.key_passphrase import choose_passphrase, protected_text
from hexie_desktop.gui.labels import QT_TRANSLATE_NOOP, grouped
from hexie_desktop.gui.master_bundle_import import MasterBundleImportDialog
from hexie_desktop.gui.merge_summary import STATUS_TITLES
from hexie_desktop.gui.messages import export_sealing
from hexie_desktop.gui.rows_model import RowsModel
from hexie_desktop.progress import Cancel, Progress
from hexie_desktop.services.bundles.exchange import export_bundle
from hexie_desktop.services.bundles.overview_view import ExportCheck, bundle_history, check_export
from hexie_desktop.services.changes import Changed, Changes
from hexie_desktop.services.trust.keys import export_key_card
from hexie_desktop.storage.tables import AuditEvent, BundleLog
from hexie_desktop.sync.report import BundleExportResult

CONTEXT = "BundlesScreen"
WAIT_STYLE = "color: #a15c00; font-weight: bold;"
DONE_STYLE = "color: #1b6e20; font-weight: bold;"
KIND_TITLES = {
    "inspector": QT_TRANSLATE_NOOP("BundlesScreen", "Field work"),
    "full": QT_TRANSLATE_NOOP("BundlesScreen", "Everything again"),
    "master": QT_TRANSLATE_NOOP("BundlesScreen", "Master data"),
}
DIRECTION_TITLES = {
    "export": QT_TRANSLATE_NOOP("BundlesScreen", "Exported"),
    "import": QT_TRANSLATE_NOOP("BundlesScreen", "Imported"),
}
HISTORY_TABLES = (BundleLog, AuditEvent)


def _tr(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


class BundlesScreen(QWidget):
    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_BundlesScreen()
        self.ui.setupUi(self)
        self.setObjectName("bundles_screen")
        self._context = context
        self.busy = False
        self.last_export: tuple[BundleExportResult, ExportCheck] | None = None
        self.import_dialog: MasterBundleImportDialog | None = None
        self._folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.HomeLocation)
        ui = self.ui
        self.count_model = RowsModel((self.tr("Table"), self.tr("Records")), self)
        ui.export_count_table.setModel(self.count_model)
        for table in (ui.export_count_table, ui.history_table):
            table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        ui.export_count_table.verticalHeader().hide()
        ui.export_count_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch
        )
        self._state(
            self.tr("Choose Export to… and pick the USB stick; what went in is listed below.")
        )
        self.history_model = RowsModel(
            (
                self.tr("When"),
                self.tr("Direction"),
                self.tr("Content"),
                self.tr("No."),
                self.tr("From / by"),
                self.tr("Result"),
                self.tr("Records"),
                self.tr("File"),
            ),
            self,
        )
        ui.history_table.setModel(self.history_model)
        ui.history_table.verticalHeader().hide()
        ui.history_table.horizontalHeader().setStretchLastSection(True)
        self._action(ui.export_button, "Ctrl+E", self.choose_export_folder)
        self._action(ui.key_card_button, "Ctrl+Shift+K", self.choose_key_card_folder)
        ui.passphrase_button.clicked.connect(self.choose_passphrase)
        self._action(ui.import_button, "Ctrl+I", self.open_import)
        context.signals.operation_did_execute.connect(self._on_changes)
        self.refresh_history()
        ui.export_button.setFocus()

    def _action(self, button: QPushButton, keys: str, slot: Callable[[], None]) -> None:
        sequence = QKeySequence(keys)
        action = QAction(button.text(), self)
        action.setShortcut(sequence)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        button.clicked.connect(slot)
        button.setToolTip(
            self.tr("{action} ({keys})").format(
                action=button.text().replace("&", ""),
                keys=sequence.toString(QKeySequence.SequenceFormat.NativeText),
            )
        )

    def _choose_folder(self, title: str) -> Path | None:
        name = QFileDialog.getExistingDirectory(self, title, self._folder)
        if not name:
            return None
        self._folder = name
        return Path(name)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for button in (self.ui.export_button, self.ui.key_card_button, self.ui.import_button):
            button.setEnabled(not busy)

    def _state(self, text: str, style: str = "") -> None:
        self.ui.export_state_label.setStyleSheet(style)
        self.ui.export_state_label.setText(text)

    # --- export -------------------------------------------------------------------------------

    def choose_export_folder(self) -> None:
        folder = self._choose_folder(self.tr("Export your work to… (choose the USB stick)"))
        if folder is not None:
            self.export_to(folder)

    def export_to(self, folder: Path) -> None:
        if self.busy:
            return
        store, full = self._context.store, self.ui.full_check.isChecked()

        def work(
            progress: Progress, _cancel: Cancel
        ) -> Changed[tuple[BundleExportResult, ExportCheck]]:
            exported = export_bundle(store, folder, full=full, progress=progress)
            result = exported.value
            progress(
                1.0,
                QCoreApplication.translate(
                    "BundlesScreen", "Reading the written file back to check it"
                ),
            )
            return exported.carrying((result, check_export(store, result.path)))

        self._set_busy(True)
        self.count_model.set_rows([])
        self._state(
            self.tr(
                "Writing to {folder}… Wait until writing is finished before removing the USB stick."
            ).format(folder=folder),
            WAIT_STYLE,
        )
        self._context.runner.run(
            work,
            title=self.tr("Exporting your work"),
            on_success=self._exported,
            on_failure=self._export_failed,
        )

    def _exported(self, done: tuple[BundleExportResult, ExportCheck]) -> None:
        self.last_export = done
        result, check = done
        self._set_busy(False)
        self.ui.full_check.setChecked(False)
        self._state(
            self.tr(
                "Bundle No. {seq} written and read back intact: {file}\n{records} records, "
                "{attachments} attachments, {size} KB. Writing is finished: you may remove the "
                "USB stick (use “safely remove” if your system asks for it)."
            ).format(
                seq=result.seq,
                file=result.path,
                records=sum(result.record_counts.values()),
                attachments=result.attachments,
                size=max(1, round(check.size / 1024)),
            )
            + "\n"
            + export_sealing(result.sealed_for, result.unreadable_by),
            DONE_STYLE,
        )
        self.count_model.set_rows(
            [(table_label(name), count) for name, count in result.record_counts.items()]
        )
        self.refresh_history()

    def _export_failed(self, _error: BaseException) -> None:
        self._set_busy(False)
        self._state(
            self.tr("Nothing was exported. The file, if any, is incomplete: do not use it.")
        )

    # --- key card and master bundle -----------------------------------------------------------

    def choose_key_card_folder(self) -> None:
        folder = self._choose_folder(self.tr("Save your key card to…"))
        if folder is None:
            return
        store = self._context.store
        self._context.runner.run(
            lambda _progress, _cancel: export_key_card(store, folder),
            title=self.tr("Exporting your key card"),
            on_success=self._key_card_written,
        )

    def choose_passphrase(self) -> None:
        choose_passphrase(self._context, self, lambda: self._state(protected_text(), DONE_STYLE))

    def _key_card_written(self, path: Path) -> None:
        self._state(
            self.tr(
                "Key card written: {file}\nGive it to the bureau's clerk and read out your "
                "fingerprint to them when they enrol it: {fingerprint}"
            ).format(file=path, fingerprint=grouped(self._context.identity.fingerprint))
        )

    def open_import(self) -> None:
        dialog = MasterBundleImportDialog(self._context.store, self._context.runner, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._import_closed)
        self.import_dialog = dialog
        dialog.open()
        dialog.choose()

    def _import_closed(self) -> None:
        self.import_dialog = None
        self.refresh_history()

    # --- history ------------------------------------------------------------------------------

    def refresh_history(self) -> None:
        entries = bundle_history(self._context.store)
        rows = []
        for entry in entries:
            status = self.tr("Written") if entry.direction == "export" else _tr_status(entry.status)
            records = entry.counts.get("records")
            if records is None:
                records = entry.counts.get("inserted", 0) + entry.counts.get("updated", 0)
            rows.append(
                (
                    format_time(entry.at),
                    _tr(DIRECTION_TITLES[entry.direction]),
                    _tr(KIND_TITLES.get(entry.kind, entry.kind)),
                    entry.seq,
                    entry.counterpart,
                    status,
                    records,
                    entry.file_name,
                )
            )
        self.history_model.set_rows(rows)
        self.ui.history_table.resizeColumnsToContents()
        last_master = next(
            (e for e in entries if e.direction == "import" and e.kind == "master"), None
        )
        self.ui.import_state_label.setText(
            self.tr("Last master bundle imported on {when}, from {who}.").format(
                when=rows[entries.index(last_master)][0], who=last_master.counterpart
            )
            if last_master is not None
            else self.tr("No master bundle imported yet.")
        )

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(*HISTORY_TABLES):
            self.refresh_history()


def _tr_status(status: str) -> str:
    return QCoreApplication.translate("MergeSummary", STATUS_TITLES.get(status, status))
