"""What every editing dialog shares: save on the task runner, close only when it is stored.

While the save runs the dialog ignores further input; if the service refuses, the runner shows
the reason and the dialog comes back as it was, so nothing typed is lost.
"""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from hexie_desktop.gui.context import ScreenContext
from hexie_desktop.services.changes import Changed


class EditorDialog(QDialog):
    saved = Signal(object)  # the service's result (its value; the runner emits its changes)

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.saving = False

    def connect_buttons(self, box: QDialogButtonBox, save: Callable[[], None]) -> None:
        """OK saves and is the default button, so Enter saves from any field; Cancel closes."""
        ok = box.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setDefault(True)
        box.accepted.connect(save)
        box.rejected.connect(self.reject)

    def run_save(self, save: Callable[[], Changed[Any]], *, title: str) -> None:
        if self.saving:
            return
        self.saving = True
        self.setEnabled(False)
        self.context.runner.run(
            lambda _progress, _cancel: save(),
            title=title,
            on_success=self._stored,
            on_failure=self._refused,
        )

    def _stored(self, result: object) -> None:
        self.saving = False
        self.setEnabled(True)
        self.saved.emit(result)
        self.accept()

    def _refused(self, _error: BaseException) -> None:
        self.saving = False
        self.setEnabled(True)
