"""Adding or editing a firm: the credit code is checked as it is typed (GB 32100 check character).

The dialog saves through the task runner and closes only once the firm is stored; a refusal
(a code another firm holds, say) is shown and the dialog stays open with what was typed.
"""

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from hexie_desktop.gui.context import ScreenContext
from hexie_desktop.gui.editor_dialog import EditorDialog
from hexie_desktop.gui.forms.firm_dialog_ui import Ui_FirmDialog
from hexie_desktop.services.master.edits import (
    FirmFields,
    credit_code_problem,
    save_firm,
)
from hexie_desktop.services.master.records_view import firm_record

ERROR_STYLE = "color: #b00020;"
GOOD_STYLE = "color: #1b5e20;"
HINT_STYLE = "color: palette(mid);"


class FirmDialog(EditorDialog):
    def __init__(
        self, context: ScreenContext, firm_id: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.ui = Ui_FirmDialog()
        self.ui.setupUi(self)
        self._firm_id = firm_id
        self.setWindowTitle(self.tr("New firm") if firm_id is None else self.tr("Edit firm"))
        self.ui.credit_code_edit.setPlaceholderText(
            self.tr("18 characters, e.g. 91330106MA27XK5Y1X")
        )
        if firm_id is not None:
            record = firm_record(context.store, firm_id)
            self.ui.credit_code_edit.setText(record.credit_code)
            self.ui.name_edit.setText(record.name)
            self.ui.legal_representative_edit.setText(record.legal_representative)
            self.ui.phone_edit.setText(record.phone)
            self.ui.address_edit.setText(record.address)
            self.ui.state_owned_check.setChecked(record.state_owned)
        self.ui.credit_code_edit.textChanged.connect(self._check)
        self.ui.name_edit.textChanged.connect(self._check)
        self.connect_buttons(self.ui.button_box, self._save)
        self._check()
        self.ui.credit_code_edit.setFocus()

    @property
    def ok_button(self) -> QWidget:
        return self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)

    def _check(self) -> None:
        code = self.ui.credit_code_edit.text()
        status = self.ui.credit_code_status_label
        problem = credit_code_problem(code) if code.strip() else None
        if not code.strip():
            status.setStyleSheet(HINT_STYLE)
            status.setText(self.tr("The last of the 18 characters is a check character."))
        elif problem is not None:
            status.setStyleSheet(ERROR_STYLE)
            status.setText(problem)
        else:
            status.setStyleSheet(GOOD_STYLE)
            status.setText(self.tr("✓ The check character is right."))
        valid = bool(code.strip()) and problem is None and bool(self.ui.name_edit.text().strip())
        self.ok_button.setEnabled(valid)

    def _save(self) -> None:
        if not self.ok_button.isEnabled():
            return
        fields = FirmFields(
            credit_code=self.ui.credit_code_edit.text(),
            name=self.ui.name_edit.text(),
            legal_representative=self.ui.legal_representative_edit.text(),
            phone=self.ui.phone_edit.text(),
            address=self.ui.address_edit.text(),
            state_owned=self.ui.state_owned_check.isChecked(),
        )
        store, firm_id = self.context.store, self._firm_id
        self.run_save(
            lambda: save_firm(store, firm_id, fields),
            title=self.tr("Saving the firm"),
        )
