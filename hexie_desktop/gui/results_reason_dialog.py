"""Asking for the reason a decision needs: reopening a quarter, revoking a card, an objection.

The service checks the reason (and refuses an empty one in its own words); the dialog only saves
through the task runner and stays open with the text if the service refuses.
"""

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from hexie_desktop.gui.context import ScreenContext
from hexie_desktop.gui.editor_dialog import EditorDialog
from hexie_desktop.gui.forms.results_reason_dialog_ui import Ui_ResultsReasonDialog
from hexie_desktop.services.changes import Changed

Save = Callable[[str], Changed[Any]]


class ReasonDialog(EditorDialog):
    def __init__(
        self,
        context: ScreenContext,
        *,
        title: str,
        prompt: str,
        save: Save,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.ui = Ui_ResultsReasonDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(title)
        self.ui.prompt_label.setText(prompt)
        self.ui.error_label.hide()
        self._save = save
        self._title = title
        ok = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setToolTip(self.tr("Save (Ctrl+Enter)"))
        ok.setShortcut("Ctrl+Return")
        ok.clicked.connect(self.submit)
        self.ui.reason_edit.setFocus()

    @property
    def reason(self) -> str:
        return self.ui.reason_edit.toPlainText()

    def submit(self) -> None:
        if not self.reason.strip():
            self.ui.error_label.setText(self.tr("Please write the reason first."))
            self.ui.error_label.show()
            self.ui.reason_edit.setFocus()
            return
        text = self.reason
        self.run_save(lambda: self._save(text), title=self._title)
