"""Merge Bundles (合并数据包): a clerk turns a folder of USB sticks into the bureau's database.

Bundles are picked as files or folders, or dropped on the page. A preview (the merge service's
dry run) shows what each bundle would add, change or hold, field by field, without writing; the
merge itself runs on the task runner with progress and cancel, one transaction per bundle, and
the summary says per bundle and per table what happened and why a bundle was refused.
"""

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QFileDialog, QListWidgetItem, QMessageBox, QPushButton, QWidget

from hexie_desktop.domain.errors import UserError
from hexie_desktop.domain.states import BundleStatus
from hexie_desktop.gui.context import ScreenContext
from hexie_desktop.gui.forms.merge_screen_ui import Ui_MergeScreen
from hexie_desktop.gui.keys_dialog import KeysDialog
from hexie_desktop.gui.messages import export_sealing
from hexie_desktop.progress import Cancel, Progress
from hexie_desktop.services.bundles.exchange import (
    BUNDLE_SUFFIX,
    bundle_files,
    export_bundle,
    merge_bundles,
)
from hexie_desktop.services.bundles.overview_view import ExportCheck, check_export
from hexie_desktop.services.changes import Changed
from hexie_desktop.sync.report import BundleExportResult, BundleResult


def dropped_paths(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    """The local bundle files and folders being dragged; anything else is ignored."""
    paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
    return [p for p in paths if p.is_dir() or p.suffix == BUNDLE_SUFFIX]


class MergeScreen(QWidget):
    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MergeScreen()
        self.ui.setupUi(self)
        self.setObjectName("merge_screen")
        self._context = context
        self.keys_dialog: KeysDialog | None = None
        self.busy = False
        self.last_export: tuple[BundleExportResult, ExportCheck] | None = None
        # The files the summary's preview is of; None once the list or the database changed.
        self.previewed: list[Path] | None = None
        self._merge_after_preview = False
        self._running: list[Path] = []
        ui = self.ui
        ui.screen_splitter.setStretchFactor(1, 1)
        ui.screen_splitter.setSizes([230, 470])
        self._action(ui.add_files_button, "Ctrl+O", self.choose_files)
        self._action(ui.add_folder_button, "Ctrl+Shift+O", self.choose_folder)
        self._action(ui.remove_button, "Del", self.remove_selected)
        self._action(ui.clear_button, "Ctrl+Shift+Del", self.clear_files)
        self._action(ui.preview_button, "F5", self.preview)
        self._action(ui.merge_button, "Ctrl+Return", self.merge)
        self._action(ui.keys_button, "Ctrl+K", self.open_keys)
        self._action(ui.master_export_button, "Ctrl+E", self.choose_export_folder)
        for changed in (ui.file_list.model().rowsInserted, ui.file_list.model().rowsRemoved):
            changed.connect(self._update_buttons)
            changed.connect(self._list_changed)
        ui.summary.clear(self.tr("Nothing merged yet. Add bundles above, preview, then merge."))
        self._update_buttons()
        ui.file_list.setFocus()

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

    # --- the list of bundles ------------------------------------------------------------------

    def files(self) -> list[Path]:
        items = (self.ui.file_list.item(row) for row in range(self.ui.file_list.count()))
        return [Path(item.data(Qt.ItemDataRole.UserRole)) for item in items if item is not None]

    def add_paths(self, paths: Iterable[Path]) -> None:
        """Add bundle files, and the bundles directly inside folders; each file once."""
        known = set(self.files())
        added = 0
        for path in paths:
            try:
                found = bundle_files([path])
            except UserError as error:
                self.ui.status_label.setText(error.message)
                continue
            for file in found:
                if file in known:
                    continue
                known.add(file)
                item = QListWidgetItem(str(file))
                item.setData(Qt.ItemDataRole.UserRole, str(file))
                self.ui.file_list.addItem(item)
                added += 1
        if added:
            self.ui.status_label.setText(
                self.tr("{count} bundles ready. Preview them, or merge.").format(
                    count=self.ui.file_list.count()
                )
            )

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Choose bundles"), self._start_folder(), self.tr("Bundles (*.hexie)")
        )
        self.add_paths(Path(name) for name in names)

    def choose_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(
            self, self.tr("Choose a folder of bundles"), self._start_folder()
        )
        if name:
            self.add_paths([Path(name)])

    def _start_folder(self) -> str:
        files = self.files()
        if files:
            return str(files[-1].parent)
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.HomeLocation)

    def remove_selected(self) -> None:
        for item in self.ui.file_list.selectedItems():
            self.ui.file_list.takeItem(self.ui.file_list.row(item))

    def clear_files(self) -> None:
        self.ui.file_list.clear()

    def _list_changed(self) -> None:
        """A preview of another list of bundles would mislead: it goes as the list changes."""
        if self.previewed is None or self.previewed == self.files():
            return
        self.previewed = None
        self.ui.summary.clear(
            self.tr("The list of bundles changed. Preview again (F5) to see what they bring.")
        )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_paths(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = dropped_paths(event)
        if paths:
            event.acceptProposedAction()
            self.add_paths(paths)

    def _update_buttons(self) -> None:
        has_files = self.ui.file_list.count() > 0
        for button in (self.ui.preview_button, self.ui.merge_button, self.ui.clear_button):
            button.setEnabled(has_files and not self.busy)
        self.ui.remove_button.setEnabled(has_files and not self.busy)
        self.ui.master_export_button.setEnabled(not self.busy)

    def _set_busy(self, busy: bool, message: str = "") -> None:
        self.busy = busy
        if message:
            self.ui.status_label.setText(message)
        self._update_buttons()

    # --- preview and merge --------------------------------------------------------------------

    def preview(self) -> None:
        self._run(dry_run=True)

    def merge(self) -> None:
        """Merge after confirming what the preview of this very list says it brings.

        Without a fresh preview one is made first, so the question always quotes the totals of
        the bundles about to be merged.
        """
        if self.busy or not self.files():
            return
        if self.previewed != self.files():
            self._merge_after_preview = True
            self._run(dry_run=True)
            return
        self._confirm_and_merge(self.ui.summary.results)

    def _confirm_and_merge(self, preview: Sequence[BundleResult]) -> None:
        mergeable = [r for r in preview if r.status in (BundleStatus.APPLIED, BundleStatus.HELD)]
        refused = sum(1 for r in preview if r.status == BundleStatus.REFUSED)
        if not mergeable:
            self.ui.status_label.setText(
                self.tr(
                    "Nothing to merge: {refused} bundles refused, {others} already merged or "
                    "exported by this computer."
                ).format(refused=refused, others=len(preview) - refused)
            )
            return
        totals = {
            key: sum(r.counts[key] for r in mergeable)
            for key in ("inserted", "updated", "deleted", "held")
        }
        question = self.tr(
            "Merge {bundles} bundles into this computer's database? They add {inserted} "
            "records, change {updated} and delete {deleted}; {held} records will wait in "
            "Pending Review."
        ).format(bundles=len(mergeable), **totals)
        if refused:
            question += " " + self.tr("{refused} refused bundles are not merged.").format(
                refused=refused
            )
        answer = QMessageBox.question(
            self,
            self.tr("Merge Bundles"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._run(dry_run=False)

    def _run(self, *, dry_run: bool) -> None:
        files = self.files()
        if not files or self.busy:
            return
        store = self._context.store
        self._running = files

        def work(progress: Progress, cancel: Cancel) -> Changed[list[BundleResult]]:
            return merge_bundles(store, files, dry_run=dry_run, progress=progress, cancel=cancel)

        self._set_busy(
            True,
            self.tr("Checking {count} bundles…").format(count=len(files))
            if dry_run
            else self.tr("Merging {count} bundles…").format(count=len(files)),
        )
        self._context.runner.run(
            work,
            title=self.tr("Preview of the merge") if dry_run else self.tr("Merging bundles"),
            on_success=self._finished,
            on_failure=self._failed,
        )

    def _finished(self, results: list[BundleResult]) -> None:
        self._set_busy(False)
        self.ui.summary.show_results(results)
        preview = any(r.dry_run for r in results)
        self.previewed = self._running if preview else None
        if preview and self._merge_after_preview:
            self._merge_after_preview = False
            self.ui.status_label.setText(
                self.tr("Preview done, nothing written. Merge when it looks right.")
            )
            self._confirm_and_merge(results)
            return
        refused = sum(1 for r in results if r.status == BundleStatus.REFUSED)
        held = sum(r.counts["held"] for r in results)
        if any(r.dry_run for r in results):
            text = self.tr("Preview done, nothing written. Merge when it looks right.")
        elif refused:
            text = self.tr(
                "{refused} bundles refused and left unmerged; the others are merged."
            ).format(refused=refused)
        else:
            text = self.tr("Merge done.")
        if held and not any(r.dry_run for r in results):
            text += " " + self.tr("{held} records wait in Pending Review.").format(held=held)
        self.ui.status_label.setText(text)

    def _failed(self, _error: BaseException) -> None:
        self._merge_after_preview = False
        self._set_busy(
            False,
            self.tr(
                "Stopped. Bundles merged before stopping stay merged; merging the list again "
                "reports them as already merged."
            ),
        )

    # --- keys and the master bundle -----------------------------------------------------------

    def open_keys(self) -> None:
        # One dialog, kept and shown again: deleting a dialog whose table has a selection model
        # proved crash-prone in Qt, and keeping it costs nothing.
        if self.keys_dialog is None:
            self.keys_dialog = KeysDialog(self._context, self)
        else:
            self.keys_dialog.refresh()
        self.keys_dialog.open()

    def choose_export_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self,
            self.tr("Export the master bundle for inspectors to…"),
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.HomeLocation),
        )
        if folder:
            self.export_master(Path(folder))

    def export_master(self, folder: Path) -> None:
        store = self._context.store

        def work(
            progress: Progress, _cancel: Cancel
        ) -> Changed[tuple[BundleExportResult, ExportCheck]]:
            exported = export_bundle(store, folder, master=True, progress=progress)
            result = exported.value
            return exported.carrying((result, check_export(store, result.path)))

        self._set_busy(
            True,
            self.tr(
                "Writing the master bundle to {folder}… wait before removing the USB stick."
            ).format(folder=folder),
        )
        self._context.runner.run(
            work,
            title=self.tr("Exporting the master bundle"),
            on_success=self._exported,
            on_failure=lambda _error: self._set_busy(False, self.tr("Export failed.")),
        )

    def _exported(self, done: tuple[BundleExportResult, ExportCheck]) -> None:
        self.last_export = done
        result, check = done
        self._set_busy(
            False,
            self.tr(
                "Master bundle No. {seq} written and read back intact: {file} "
                "({records} records). Inspectors import it on their Bundles page."
            ).format(seq=result.seq, file=result.path, records=sum(result.record_counts.values()))
            + "\n"
            + export_sealing(result.sealed_for, result.unreadable_by),
        )
