"""The credit-file tab of the cards screen: a firm's entries, its credit score and grade, and the
objection (异议) and repair (信用修复) actions on one entry.

The score, grade and which entries count come from services/decisions/credit.py; each action asks for the
reason the service requires and the service decides whether the step is allowed.
"""

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QWidget

from hexie_desktop.gui.card_dialog import chosen_code
from hexie_desktop.gui.context import ScreenContext
from hexie_desktop.gui.forms.cards_screen_ui import Ui_CardsScreen
from hexie_desktop.gui.labels import QT_TRANSLATE_NOOP
from hexie_desktop.gui.lifetime import torn_down
from hexie_desktop.gui.results_labels import yes_no_label
from hexie_desktop.gui.results_reason_dialog import ReasonDialog
from hexie_desktop.gui.rows_model import Cell, RowsModel
from hexie_desktop.services.decisions.credit import (
    CreditFile,
    credit_file,
    decide_objection,
    raise_objection,
    repair_credit,
)

if TYPE_CHECKING:
    from hexie_desktop.storage.tables import CreditEntry

CONTEXT = "CreditPanel"
NOT_COUNTING = QColor("#808080")
_KINDS = {
    "good": QT_TRANSLATE_NOOP("CreditPanel", "Good (+)"),
    "bad": QT_TRANSLATE_NOOP("CreditPanel", "Bad (−)"),
}
_SOURCES = {
    "card": QT_TRANSLATE_NOOP("CreditPanel", "Card"),
    "interview": QT_TRANSLATE_NOOP("CreditPanel", "Interview"),
    "evaluation": QT_TRANSLATE_NOOP("CreditPanel", "Evaluation"),
    "complaint": QT_TRANSLATE_NOOP("CreditPanel", "Complaint"),
    "manual": QT_TRANSLATE_NOOP("CreditPanel", "Clerk"),
}
_OBJECTIONS = {
    "none": "",
    "raised": QT_TRANSLATE_NOOP("CreditPanel", "Objection pending"),
    "upheld": QT_TRANSLATE_NOOP("CreditPanel", "Objection upheld"),
    "rejected": QT_TRANSLATE_NOOP("CreditPanel", "Objection rejected"),
}


def _named(table: dict[str, str], code: str) -> str:
    source = table.get(code, code)
    return QCoreApplication.translate(CONTEXT, source) if source else ""


class CreditPanel(QWidget):
    """Drives the credit tab's widgets, which live in the cards screen's form."""

    def __init__(self, context: ScreenContext, ui: Ui_CardsScreen, parent: QWidget) -> None:
        super().__init__(parent)
        self.hide()
        self._context = context
        self.ui = ui
        self.file: CreditFile | None = None
        self.firms: list[tuple[str, str]] = []
        self.dialog: ReasonDialog | None = None
        self.entries = RowsModel(
            (
                self.tr("Recorded on"),
                self.tr("Kind"),
                self.tr("Points"),
                self.tr("Reason"),
                self.tr("Source"),
                self.tr("Quarter"),
                self.tr("Expires on"),
                self.tr("Counts today"),
                self.tr("Objection"),
                self.tr("Repaired on"),
            ),
            self,
        )
        table = ui.credit_table
        table.setModel(self.entries)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        for column, width in enumerate((90, 70, 50, 300, 70, 70, 90, 70, 100)):
            table.setColumnWidth(column, width)
        ui.credit_summary_label.setText(
            self.tr("Choose a firm, or select one of its cards or interviews.")
        )
        ui.credit_show_button.clicked.connect(self.show_typed)
        ui.credit_firm_edit.returnPressed.connect(self.show_typed)
        for button, tip, action in (
            (
                ui.objection_button,
                self.tr("Record the firm's objection to the entry"),
                self.objection,
            ),
            (
                ui.uphold_button,
                self.tr("The objection holds: the entry stops counting"),
                self.uphold,
            ),
            (
                ui.reject_button,
                self.tr("The objection fails: the entry keeps counting"),
                self.reject,
            ),
            (ui.repair_button, self.tr("Repair the firm's credit from today"), self.repair),
        ):
            button.setToolTip(tip)
            button.clicked.connect(action)

    def set_firms(self, firms: Sequence[tuple[str, str]]) -> None:
        self.firms = list(firms)

    def set_firm(self, credit_code: str) -> None:
        name = next((n for c, n in self.firms if c == credit_code), "")
        self.ui.credit_firm_edit.setText(f"{name}  {credit_code}" if name else credit_code)
        self._load(credit_code)

    def show_typed(self) -> None:
        code = chosen_code(self.ui.credit_firm_edit.text(), self.firms)
        if code is None:
            self.ui.credit_summary_label.setText(
                self.tr("Choose the firm from the list (type part of its name).")
            )
            return
        self._load(code)

    def reload(self) -> None:
        if self.file is not None:
            self._load(self.file.credit_code)

    def _load(self, credit_code: str) -> None:
        store = self._context.store
        self._context.runner.run(
            lambda _progress, _cancel: credit_file(store, credit_code),
            title=self.tr("Reading the credit file"),
            on_success=self._show,
        )

    def _show(self, file: CreditFile) -> None:
        if torn_down(self.ui.credit_summary_label, self.ui.credit_table):
            return
        self.file = file
        base = (
            self.tr("latest quarterly score {score:.2f}").format(score=file.base)
            if file.base is not None
            else self.tr("no quarterly score yet")
        )
        self.ui.credit_summary_label.setText(
            self.tr(
                "{firm}: credit score {score:.2f}, grade {grade} on {day} ({base}); "
                "{entries} entries, {counting} counting."
            ).format(
                firm=file.name,
                score=file.score,
                grade=file.grade,
                day=file.on,
                base=base,
                entries=len(file.entries),
                counting=len(file.counting),
            )
        )
        self.entries.set_rows(
            [self._cells(e, e.id in file.counting) for e in file.entries],
            {n: NOT_COUNTING for n, e in enumerate(file.entries) if e.id not in file.counting},
        )

    def _cells(self, entry: "CreditEntry", counting: bool) -> list[Cell]:
        return [
            str(entry.recorded_on),
            _named(_KINDS, entry.kind),
            entry.points,
            entry.reason,
            _named(_SOURCES, entry.source),
            entry.quarter or "",
            str(entry.expires_on),
            yes_no_label(counting),
            _named(_OBJECTIONS, entry.objection_state),
            str(entry.repaired_on or ""),
        ]

    def _selected(self) -> "CreditEntry | None":
        index = self.ui.credit_table.currentIndex()
        if self.file is None or not index.isValid():
            self.ui.credit_summary_label.setText(
                self.tr("Select an entry of the credit file first.")
            )
            return None
        return self.file.entries[index.row()]

    def _ask(self, title: str, prompt: str, save: Callable[["CreditEntry", str], Any]) -> None:
        entry = self._selected()
        if entry is None:
            return
        dialog = ReasonDialog(
            self._context,
            title=title,
            prompt=prompt.format(reason=entry.reason),
            save=lambda text: save(entry, text),
            parent=self.parentWidget(),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()

    def objection(self) -> None:
        store = self._context.store
        self._ask(
            self.tr("Record an objection"),
            self.tr("The firm objects to “{reason}”. What does it say?"),
            lambda entry, text: raise_objection(store, entry.id, text),
        )

    def uphold(self) -> None:
        store = self._context.store
        self._ask(
            self.tr("Uphold the objection"),
            self.tr(
                "Uphold the objection to “{reason}”? The entry stops counting. On what grounds?"
            ),
            lambda entry, text: decide_objection(store, entry.id, True, text),
        )

    def reject(self) -> None:
        store = self._context.store
        self._ask(
            self.tr("Reject the objection"),
            self.tr(
                "Reject the objection to “{reason}”? The entry keeps counting. On what grounds?"
            ),
            lambda entry, text: decide_objection(store, entry.id, False, text),
        )

    def repair(self) -> None:
        store = self._context.store
        self._ask(
            self.tr("Repair the credit"),
            self.tr(
                "Repair the firm's credit for “{reason}”? The entry stops counting from today. "
                "What was rectified?"
            ),
            lambda entry, text: repair_credit(store, entry.id, text),
        )
