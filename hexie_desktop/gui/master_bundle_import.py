"""Importing the bureau's master bundle: see who signed it and what it holds, then merge it.

Used from the inspector's Bundles page and from first start. The bundle is verified first (every
check a merge runs, nothing written) and the verdict is said in plain words: the signer, the
fingerprint to compare with the bureau, whether this is the bureau key already trusted here or
the first one (which importing pins), and the records per table. Only then can it be imported.
"""

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QHeaderView, QWidget

from hexie_desktop.domain.bureau_time import format_time
from hexie_desktop.domain.labels import table_label
from hexie_desktop.domain.roles import Role
from hexie_desktop.domain.states import BundleStatus
from hexie_desktop.gui.forms.master_bundle_import_ui import Ui_MasterBundleImportDialog
from hexie_desktop.gui.labels import QT_TRANSLATE_NOOP, grouped, role_title
from hexie_desktop.gui.messages import revoked_by_bureau
from hexie_desktop.gui.rows_model import RowsModel
from hexie_desktop.gui.tasks import TaskRunner
from hexie_desktop.progress import Cancel, Progress
from hexie_desktop.services.bundles.exchange import merge_bundles
from hexie_desktop.services.bundles.overview_view import (
    KEY_NEW_BUREAU,
    KEY_PINNED,
    BundleCard,
    describe_bundle,
)
from hexie_desktop.services.changes import Changed
from hexie_desktop.services.store import Store
from hexie_desktop.sync.report import BundleResult

GOOD_STYLE = "color: #1b6e20; font-weight: bold;"
BAD_STYLE = "color: #b3261e; font-weight: bold;"
KEY_TEXTS = {
    KEY_PINNED: QT_TRANSLATE_NOOP(
        "MasterBundleImportDialog", "The bureau key this computer already trusts."
    ),
    KEY_NEW_BUREAU: QT_TRANSLATE_NOOP(
        "MasterBundleImportDialog",
        "The first bureau bundle on this computer: importing it makes this the only bureau key "
        "accepted from now on. Compare the fingerprint with the bureau before importing.",
    ),
}


class MasterBundleImportDialog(QDialog):
    def __init__(self, store: Store, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MasterBundleImportDialog()
        self.ui.setupUi(self)
        self._store = store
        self._runner = runner
        self.card: BundleCard | None = None
        self.merged: BundleResult | None = None
        ui = self.ui
        self.count_model = RowsModel((self.tr("Table"), self.tr("Records")), self)
        ui.count_table.setModel(self.count_model)
        ui.count_table.verticalHeader().hide()
        ui.count_table.verticalHeader().setDefaultSectionSize(
            ui.count_table.fontMetrics().height() + 8
        )
        ui.count_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        ui.fingerprint_label.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        ui.file_edit.setPlaceholderText(self.tr("No bundle chosen (.hexie)"))
        self.import_button = ui.button_box.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.import_button.setObjectName("import_button")
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.import_bundle)
        ui.button_box.rejected.connect(self.reject)
        ui.choose_button.clicked.connect(self.choose)
        self._show_card(None)
        ui.choose_button.setFocus()

    def choose(self) -> None:
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.HomeLocation)
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the master bundle"), start, self.tr("Bundles (*.hexie)")
        )
        if name:
            self.load(Path(name))

    def load(self, path: Path) -> None:
        self.ui.file_edit.setText(str(path))
        self.merged = None
        self._show_card(None)
        self.ui.verdict_label.setText(self.tr("Checking the bundle…"))
        self.ui.verdict_label.setStyleSheet("")
        store = self._store
        self._runner.run(
            lambda progress, _cancel: describe_bundle(store, path, progress),
            title=self.tr("Checking the bundle"),
            on_success=self._show_card,
            on_failure=lambda _error: self.ui.verdict_label.clear(),
        )

    def _show_card(self, card: BundleCard | None) -> None:
        self.card = card
        ui = self.ui
        manifest = card.manifest if card else None
        self.import_button.setEnabled(card is not None and card.acceptable)
        if card is None:
            ui.verdict_label.clear()
        elif card.acceptable:
            ui.verdict_label.setStyleSheet(GOOD_STYLE)
            ui.verdict_label.setText(
                self.tr(
                    "Verified: the signature is valid and every part of the bundle is intact. "
                    "Nothing has been written yet."
                )
            )
        elif card.result.status == BundleStatus.DUPLICATE:
            ui.verdict_label.setStyleSheet(GOOD_STYLE)
            ui.verdict_label.setText(
                self.tr("Already imported: this computer has everything in this bundle.")
            )
        else:
            ui.verdict_label.setStyleSheet(BAD_STYLE)
            ui.verdict_label.setText(
                self.tr("Refused, nothing written: {reason}").format(reason=card.result.reason)
            )
        if manifest is None:
            for label in (ui.signer_label, ui.fingerprint_label, ui.key_label, ui.created_label):
                label.setText("—")
            self.count_model.set_rows([])
            return
        author = manifest.author
        ui.signer_label.setText(
            self.tr("{name} ({role}), bundle No. {seq}").format(
                name=author.name, role=role_title(Role(author.role)), seq=manifest.seq
            )
        )
        ui.fingerprint_label.setText(grouped(author.fingerprint))
        assert card is not None
        text = KEY_TEXTS.get(card.key_status)
        ui.key_label.setText(
            QCoreApplication.translate("MasterBundleImportDialog", text)
            if text
            else self.tr("Not a bureau key this computer trusts.")
        )
        ui.key_label.setStyleSheet("" if text else BAD_STYLE)
        ui.created_label.setText(format_time(dt.datetime.fromisoformat(manifest.created_at)))
        self.count_model.set_rows(
            [(table_label(name), count) for name, count in manifest.record_counts.items()]
            + [(self.tr("Attachments"), card.attachments)]
        )

    def import_bundle(self) -> None:
        card = self.card
        if card is None or not card.acceptable:
            return
        self.import_button.setEnabled(False)
        self.ui.choose_button.setEnabled(False)
        store, path = self._store, card.path

        def work(progress: Progress, cancel: Cancel) -> Changed[BundleResult]:
            merged = merge_bundles(store, [path], progress=progress, cancel=cancel)
            [result] = merged.value
            return merged.carrying(result)

        self._runner.run(
            work,
            title=self.tr("Importing the master bundle"),
            on_success=self._imported,
            on_failure=lambda _error: self.ui.choose_button.setEnabled(True),
        )

    def _imported(self, result: BundleResult) -> None:
        self.merged = result
        self.ui.choose_button.setEnabled(True)
        counts = result.counts
        if result.status == BundleStatus.REFUSED:
            self.ui.result_label.setStyleSheet(BAD_STYLE)
            self.ui.result_label.setText(
                self.tr("Refused, nothing written: {reason}").format(reason=result.reason)
            )
            return
        self.ui.result_label.setStyleSheet(GOOD_STYLE)
        self.ui.result_label.setText(
            self.tr(
                "Imported: {inserted} records added, {updated} updated, {unchanged} already "
                "up to date."
            ).format(**counts)
            + ("\n" + revoked_by_bureau(result.revoked) if result.revoked else "")
        )
        close = self.ui.button_box.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("&Done"))
        close.setDefault(True)
        close.setFocus()
