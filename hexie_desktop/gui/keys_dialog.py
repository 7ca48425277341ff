"""The clerk's registry of inspector keys: who may sign bundles for this bureau.

Fingerprints are shown in groups of four so that two people can read one aloud and compare it.
Enrolling reads a key card file and asks which role to bind (inspector unless the clerk picks
clerk and confirms it: the card's own claim is never taken); revoking asks for the reason, which
goes to the audit trail.
"""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtGui import QColor, QFontDatabase, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QMessageBox,
    QWidget,
)

from hexie_desktop.domain.bureau_time import format_time
from hexie_desktop.domain.roles import Role
from hexie_desktop.gui.context import ScreenContext
from hexie_desktop.gui.forms.keys_dialog_ui import Ui_KeysDialog
from hexie_desktop.gui.key_passphrase import choose_passphrase, protected_text
from hexie_desktop.gui.labels import QT_TRANSLATE_NOOP, grouped, role_title
from hexie_desktop.gui.layout_memory import remember_layout
from hexie_desktop.gui.lifetime import torn_down
from hexie_desktop.gui.rows_model import RowsModel
from hexie_desktop.services.trust.keys import (
    CLASSIC,
    GM,
    Enrolment,
    KeyInfo,
    enrol_key,
    list_keys,
    revoke_key,
)

STATUS_TITLES = {
    "own": QT_TRANSLATE_NOOP("KeysDialog", "This computer"),
    "trusted": QT_TRANSLATE_NOOP("KeysDialog", "Enrolled"),
    "revoked": QT_TRANSLATE_NOOP("KeysDialog", "Revoked"),
}
# Which algorithms a key is for: a clerk migrating the bureau to the national ones sees both.
SUITE_TITLES = {
    CLASSIC: QT_TRANSLATE_NOOP("KeysDialog", "Ed25519"),
    GM: QT_TRANSLATE_NOOP("KeysDialog", "National SM2"),
}
REVOKED_COLOUR = QColor("#b3261e")


def _when(key: KeyInfo) -> str:
    moment = key.revoked_at or key.enrolled_at
    return format_time(moment)


class KeysDialog(QDialog):
    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_KeysDialog()
        self.ui.setupUi(self)
        self._context = context
        self.keys: list[KeyInfo] = []
        self.model = RowsModel(
            [
                self.tr("Status"),
                self.tr("Name"),
                self.tr("Role"),
                self.tr("Algorithms"),
                self.tr("Fingerprint"),
                self.tr("Enrolled / revoked on"),
                self.tr("Reason for revoking"),
                self.tr("Encrypted bundles"),
            ],
            self,
        )
        table = self.ui.key_table
        table.setModel(self.model)
        table.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        table.horizontalHeader().setStretchLastSection(True)
        ui = self.ui
        ui.enrol_button.clicked.connect(self.choose_card)
        ui.revoke_button.clicked.connect(self.revoke_selected)
        ui.passphrase_button.clicked.connect(
            lambda: choose_passphrase(
                self._context, self, lambda: self.ui.result_label.setText(protected_text())
            )
        )
        ui.button_box.rejected.connect(self.reject)
        self._shortcut(ui.enrol_button, "Ctrl+O", self.choose_card)
        self._shortcut(ui.revoke_button, "Del", self.revoke_selected)
        table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.refresh()
        remember_layout(self, context.settings, "keys")
        table.setFocus()

    def _shortcut(self, button: QWidget, keys: str, slot: Callable[[], None]) -> None:
        shortcut = QShortcut(QKeySequence(keys), self)
        shortcut.activated.connect(slot)
        text = button.property("text") or ""
        button.setToolTip(
            self.tr("{action} ({keys})").format(
                action=str(text).replace("&", ""),
                keys=QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText),
            )
        )

    def refresh(self) -> None:
        self.keys = list_keys(self._context.store)
        rows = [
            (
                QCoreApplication.translate("KeysDialog", STATUS_TITLES[key.status]),
                key.name,
                role_title(Role(key.role)),
                QCoreApplication.translate("KeysDialog", SUITE_TITLES[key.suite]),
                grouped(key.fingerprint),
                _when(key),
                key.revoke_reason,
                self.tr("can be sealed to it")
                if key.can_encrypt
                else self.tr("no encryption key: enrol its newer key card"),
            )
            for key in self.keys
        ]
        colours = {n: REVOKED_COLOUR for n, key in enumerate(self.keys) if key.status == "revoked"}
        self.model.set_rows(rows, colours)
        table = self.ui.key_table
        table.resizeColumnsToContents()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._update_buttons()

    def selected(self) -> KeyInfo | None:
        rows = self.ui.key_table.selectionModel().selectedRows()
        return self.keys[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        if torn_down(self.ui.key_table, self.ui.revoke_button):
            return
        key = self.selected()
        self.ui.revoke_button.setEnabled(key is not None and key.status == "trusted")

    def choose_card(self) -> None:
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.HomeLocation)
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose an inspector's key card"),
            start,
            self.tr("Key cards (*.hexie-key.json *.json)"),
        )
        if not name:
            return
        role = self.choose_role()
        if role is not None:
            self.enrol(Path(name), role)

    def choose_role(self) -> Role | None:
        """The role to bind: inspector by default; clerk only after a second, explicit yes."""
        titles = [role_title(Role.INSPECTOR), role_title(Role.CLERK)]
        title, ok = QInputDialog.getItem(
            self,
            self.tr("Enrol a key card"),
            self.tr(
                "Which role may this key sign for? The role written on the card is not taken: "
                "you decide it here."
            ),
            titles,
            0,
            False,
        )
        if not ok:
            return None
        if title != titles[1]:
            return Role.INSPECTOR
        answer = QMessageBox.question(
            self,
            self.tr("Enrol as a clerk"),
            self.tr(
                "A clerk's key may sign master data, policy, cards and decisions for the whole "
                "bureau. Enrol it as a clerk only if you have checked in person that it belongs "
                "to a clerk of this bureau. Enrol as a clerk?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return Role.CLERK if answer == QMessageBox.StandardButton.Yes else None

    def enrol(self, path: Path, role: Role = Role.INSPECTOR) -> None:
        store = self._context.store
        confirmed = role == Role.CLERK
        self._context.runner.run(
            lambda _progress, _cancel: enrol_key(store, path, role, confirm_clerk=confirmed),
            title=self.tr("Enrol a key card"),
            on_success=self._enrolled,
        )

    def _enrolled(self, enrolment: Enrolment) -> None:
        self.refresh()
        key = enrolment.key
        text = self.tr(
            "Enrolled {name} ({role}). Fingerprint: {fingerprint}\n"
            "Compare it with the inspector now; if it differs, revoke this key at once."
        ).format(
            name=key.name, role=role_title(Role(key.role)), fingerprint=grouped(key.fingerprint)
        )
        if enrolment.encryption_added or enrolment.sm2_added:
            added = []
            if enrolment.encryption_added:
                added.append(
                    self.tr(
                        "Added the encryption key of {name}: encrypted master bundles reach it now."
                    ).format(name=key.name)
                )
            if enrolment.sm2_key is not None:
                added.append(
                    self.tr(
                        "Added the national SM2 key of {name}: its bundles in the national "
                        "algorithms merge now. SM2 fingerprint: {fingerprint}"
                    ).format(name=key.name, fingerprint=grouped(enrolment.sm2_key.fingerprint))
                )
            text = "\n".join(added)
        elif enrolment.sm2_key is not None:
            text += "\n" + self.tr("National SM2 fingerprint: {fingerprint}").format(
                fingerprint=grouped(enrolment.sm2_key.fingerprint)
            )
        else:
            text += "\n" + self.tr(
                "This card carries no national SM2 key (an older version wrote it): before the "
                "policy switches to the national algorithms, enrol its newer card."
            )
        if not key.can_encrypt and not enrolment.encryption_added:
            text += "\n" + self.tr(
                "This card carries no encryption key (an older version wrote it): encrypted "
                "bundles cannot reach this installation until it is upgraded and its new card "
                "enrolled."
            )
        if enrolment.claim_ignored:
            text += "\n" + self.tr(
                "The card claimed the role {claimed}; that claim was not taken."
            ).format(claimed=role_title(Role(enrolment.claimed_role)))
        self.ui.result_label.setText(text)

    def revoke_selected(self) -> None:
        key = self.selected()
        if key is None or key.status != "trusted":
            return
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Revoke a key"),
            self.tr(
                "Revoke the key of {name}?\n{fingerprint}\n\nBundles it signs will be refused "
                "from now on. Reason (required, for the audit trail):"
            ).format(name=key.name, fingerprint=grouped(key.fingerprint)),
        )
        if not ok:
            return
        if not reason.strip():
            self.ui.result_label.setText(self.tr("Nothing revoked: a reason is required."))
            return
        self.revoke(key, reason.strip())

    def revoke(self, key: KeyInfo, reason: str) -> None:
        store = self._context.store
        self._context.runner.run(
            lambda _progress, _cancel: revoke_key(store, key.fingerprint, reason),
            title=self.tr("Revoke a key"),
            on_success=self._revoked,
        )

    def _revoked(self, key: KeyInfo) -> None:
        self.refresh()
        self.ui.result_label.setText(
            self.tr("Revoked the key of {name}; its bundles will be refused.").format(name=key.name)
        )
