"""Issuing a yellow card: the firm (found by typing part of its name or code), reason, deduction.

The deduction starts at the policy's default for the quarter; the service writes the card into
the firm's credit file and reruns the escalation, so a second yellow in a row turns red there.
"""

from collections.abc import Sequence

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QDialogButtonBox, QWidget

from hexie_desktop.domain.quarters import Quarter
from hexie_desktop.gui.context import ScreenContext
from hexie_desktop.gui.editor_dialog import EditorDialog
from hexie_desktop.gui.forms.card_dialog_ui import Ui_CardDialog
from hexie_desktop.services.decisions.cards import issue_card


def firm_entry(code: str, name: str) -> str:
    """How a firm is listed in a picker: name first, then its credit code."""
    return f"{name}  {code}"


def make_firm_completer(firms: Sequence[tuple[str, str]], parent: QWidget) -> QCompleter:
    """A completer matching any part of "name  code", so either can be typed."""
    model = QStringListModel([firm_entry(code, name) for code, name in firms], parent)
    completer = QCompleter(model, parent)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setMaxVisibleItems(12)
    return completer


def chosen_code(text: str, firms: Sequence[tuple[str, str]]) -> str | None:
    """The credit code a typed or completed text names: a full entry, a code, or a unique name."""
    clean = text.strip()
    for code, name in firms:
        if clean == firm_entry(code, name) or clean.upper() == code:
            return code
    named = [code for code, name in firms if name == clean]
    return named[0] if len(named) == 1 else None


class CardDialog(EditorDialog):
    def __init__(
        self,
        context: ScreenContext,
        quarter: Quarter,
        firms: Sequence[tuple[str, str]],
        default_deduction: float,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.ui = Ui_CardDialog()
        self.ui.setupUi(self)
        self.quarter = quarter
        self.firms = list(firms)
        self.setWindowTitle(self.tr("Issue a yellow card"))
        self.ui.quarter_value_label.setText(str(quarter))
        self.ui.firm_edit.setCompleter(make_firm_completer(self.firms, self))
        self.ui.firm_edit.textChanged.connect(self._show_firm)
        self.ui.deduction_spin.setValue(default_deduction)
        self.ui.deduction_spin.setSuffix(self.tr(" points"))
        self.ui.deduction_spin.setToolTip(
            self.tr("The policy's default for a yellow card is {points:g} points.").format(
                points=default_deduction
            )
        )
        self.ui.error_label.hide()
        ok = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Issue"))
        ok.setToolTip(self.tr("Issue the card and write it into the credit file (Ctrl+Enter)"))
        ok.setShortcut("Ctrl+Return")
        ok.clicked.connect(self.submit)
        self._show_firm("")

    def _show_firm(self, text: str) -> None:
        code = chosen_code(text, self.firms)
        name = next((n for c, n in self.firms if c == code), "")
        self.ui.firm_chosen_label.setText(
            self.tr("Chosen: {firm} ({code})").format(firm=name, code=code)
            if code
            else self.tr("No firm chosen yet.")
        )

    def submit(self) -> None:
        code = chosen_code(self.ui.firm_edit.text(), self.firms)
        if code is None:
            self._refuse(self.tr("Choose the firm from the list (type part of its name)."))
            self.ui.firm_edit.setFocus()
            return
        reason = self.ui.reason_edit.toPlainText()
        if not reason.strip():
            self._refuse(self.tr("Write the reason for the card."))
            self.ui.reason_edit.setFocus()
            return
        store, quarter, points = self.context.store, self.quarter, self.ui.deduction_spin.value()
        self.run_save(
            lambda: issue_card(store, code, quarter, reason, deduction=points),
            title=self.tr("Issuing the yellow card"),
        )

    def _refuse(self, message: str) -> None:
        self.ui.error_label.setText(message)
        self.ui.error_label.show()
