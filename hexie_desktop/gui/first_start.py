"""First start: give this computer its identity, then offer demo data to try the program on, or
(for an inspector) the import of the bureau's master bundle.

Every step is a write, so each runs on the task runner; the dialog stays open (its buttons
disabled) until they are done, and closes accepted once the identity exists.
"""

from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from hexie_desktop.domain.roles import Role
from hexie_desktop.gui.forms.first_start_ui import Ui_FirstStartDialog
from hexie_desktop.gui.master_bundle_import import MasterBundleImportDialog
from hexie_desktop.gui.tasks import TaskRunner
from hexie_desktop.progress import Cancel, Progress
from hexie_desktop.services.changes import Changed
from hexie_desktop.services.store import Store
from hexie_desktop.services.trust.identity import MAX_NAME_LENGTH, Identity, init_identity


class FirstStartDialog(QDialog):
    def __init__(self, store: Store, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FirstStartDialog()
        self.ui.setupUi(self)
        self._store = store
        self._runner = runner
        self.identity: Identity | None = None
        self.import_dialog: MasterBundleImportDialog | None = None
        self.ui.name_edit.setMaxLength(MAX_NAME_LENGTH)
        self.ui.name_edit.setPlaceholderText(self.tr("Your full name, e.g. 李明"))
        self.ui.error_label.hide()
        self.ui.button_box.accepted.connect(self._create)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.demo_check.toggled.connect(self._demo_toggled)
        self.ui.master_bundle_check.toggled.connect(self._master_toggled)
        self.ui.inspector_radio.toggled.connect(self._role_toggled)
        self.ui.name_edit.setFocus()

    def _demo_toggled(self, checked: bool) -> None:
        if checked:
            self.ui.master_bundle_check.setChecked(False)

    def _master_toggled(self, checked: bool) -> None:
        if checked:
            self.ui.demo_check.setChecked(False)

    def _role_toggled(self, inspector: bool) -> None:
        """Clerks write the master data themselves; only an inspector imports the bureau's."""
        self.ui.master_bundle_check.setEnabled(inspector)
        if not inspector:
            self.ui.master_bundle_check.setChecked(False)

    @property
    def role(self) -> Role:
        return Role.CLERK if self.ui.clerk_radio.isChecked() else Role.INSPECTOR

    def _create(self) -> None:
        name = self.ui.name_edit.text().strip()
        if not name:
            self._show_error(self.tr("Please enter your name."))
            self.ui.name_edit.setFocus()
            return
        self._set_busy(True)
        role = self.role
        self._runner.run(
            lambda _progress, _cancel: init_identity(self._store, role.value, name),
            title=self.tr("Creating this computer's identity"),
            on_success=self._identity_created,
            on_failure=lambda _error: self._set_busy(False),
        )

    def _identity_created(self, identity: Identity) -> None:
        self.identity = identity
        if self.ui.master_bundle_check.isChecked():
            self._import_master_bundle()
            return
        if not self.ui.demo_check.isChecked():
            self.accept()
            return
        master_only = identity.role == Role.INSPECTOR
        self._runner.run(
            lambda progress, cancel: _generate_demo(self._store, master_only, progress, cancel),
            title=self.tr("Creating demo data"),
            on_success=lambda _summary: self.accept(),
            on_failure=lambda _error: self.accept(),
        )

    def _import_master_bundle(self) -> None:
        """The identity exists whatever happens here: closing the import still opens the window,
        and the master bundle can be imported later from the Bundles page."""
        dialog = MasterBundleImportDialog(self._store, self._runner, self)
        dialog.finished.connect(lambda _result: self.accept())
        self.import_dialog = dialog
        dialog.open()
        dialog.choose()

    def _set_busy(self, busy: bool) -> None:
        widgets = (self.ui.role_group, self.ui.name_edit, self.ui.demo_check)
        for widget in (*widgets, self.ui.master_bundle_check):
            widget.setEnabled(not busy)
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not busy)
        if busy:
            self.ui.error_label.hide()
        else:
            self._role_toggled(self.ui.inspector_radio.isChecked())

    def _show_error(self, text: str) -> None:
        self.ui.error_label.setText(text)
        self.ui.error_label.show()


def _generate_demo(
    store: Store, master_only: bool, progress: Progress, cancel: Cancel
) -> Changed[Any]:
    """Demo data for a first look: an inspector gets the master data a bureau would send it."""
    from hexie_desktop.services.demo import generate as demo  # noqa: PLC0415  (only first start needs it)

    return demo.generate_demo(store, demo.DemoOptions(master_only=master_only), progress, cancel)
