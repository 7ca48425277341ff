"""Cards and interviews of a quarter, and a firm's credit file.

Cards list every card of the quarter, revoked ones included (greyed, with the reason), so a clerk
answering an appeal sees the whole story; red cards name the quarters of the yellows they grew
from. Every action goes through a service (cards, interviews, credit) on the task runner; a
refusal, such as a finalised quarter, arrives as the service's own message.
"""

from PySide6.QtCore import QItemSelection, QModelIndex, Qt
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import QDialog, QHeaderView, QTableView, QWidget

from hexie_desktop.domain.quarters import Quarter
from hexie_desktop.domain.states import CardColor
from hexie_desktop.gui.badges import add_legend_below
from hexie_desktop.gui.card_dialog import CardDialog, make_firm_completer
from hexie_desktop.gui.context import ScreenContext
from hexie_desktop.gui.forms.cards_screen_ui import Ui_CardsScreen
from hexie_desktop.gui.interview_dialog import InterviewDialog
from hexie_desktop.gui.lifetime import torn_down
from hexie_desktop.gui.results_credit import CreditPanel
from hexie_desktop.gui.results_labels import colour_label, interview_status_label, local_time
from hexie_desktop.gui.results_reason_dialog import ReasonDialog
from hexie_desktop.gui.rows_model import Cell, RowsModel
from hexie_desktop.gui.spreadsheet_export import SpreadsheetExport
from hexie_desktop.services.changes import Changes
from hexie_desktop.services.decisions.card_view import (
    CardLine,
    CardsView,
    InterviewForm,
    InterviewLine,
    cards_view,
    firm_code_choices,
    interview_form,
)
from hexie_desktop.services.decisions.cards import revoke_card
from hexie_desktop.services.evaluation.quarter_view import data_quarters
from hexie_desktop.services.export.request import ExportRequest
from hexie_desktop.storage.tables import (
    Card,
    CreditEntry,
    EvaluationRun,
    Firm,
    Interview,
    Policy,
    QuarterStatus,
)

WATCHED = (Card, Interview, CreditEntry, EvaluationRun, QuarterStatus, Firm, Policy)
RED = QColor("#b00020")
REVOKED = QColor("#808080")


def _table(view: QTableView, model: RowsModel, widths: tuple[int, ...]) -> None:
    view.setModel(model)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    for column, width in enumerate(widths):
        view.setColumnWidth(column, width)


class CardsScreen(QWidget):
    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CardsScreen()
        self.ui.setupUi(self)
        self._context = context
        self.view: CardsView | None = None
        self.firms: list[tuple[str, str]] = []
        self.dialog: QDialog | None = None
        self.cards = RowsModel(
            (
                self.tr("Card"),
                self.tr("Firm"),
                self.tr("Credit code"),
                self.tr("Reason"),
                self.tr("Deduction"),
                self.tr("Issued on"),
                self.tr("Issued by"),
                self.tr("Escalated from"),
                self.tr("Revoked"),
            ),
            self,
        )
        self.interviews = RowsModel(
            (
                self.tr("Firm"),
                self.tr("Credit code"),
                self.tr("Score"),
                self.tr("Status"),
                self.tr("Scheduled"),
                self.tr("Place"),
                self.tr("Held"),
                self.tr("Rectify by"),
                self.tr("Closed"),
            ),
            self,
        )
        _table(self.ui.card_table, self.cards, (56, 230, 160, 340, 50, 90, 70, 130))
        _table(self.ui.interview_table, self.interviews, (240, 160, 60, 80, 130, 120, 130, 90))
        add_legend_below(
            self.ui.card_table,
            [
                (RED, self.tr("Red text: a red card or a yellow card that grew into one")),
                (REVOKED, self.tr("Grey text: revoked on appeal")),
            ],
        )
        self.credit = CreditPanel(context, self.ui, self)
        self._shortcuts()
        self.ui.quarter_combo.currentIndexChanged.connect(self.reload)
        self.ui.issue_button.clicked.connect(self.issue)
        self.ui.revoke_button.clicked.connect(self.revoke)
        self.ui.interview_button.clicked.connect(self.open_interview)
        self.ui.interview_table.activated.connect(self._interview_at)
        self.ui.card_table.selectionModel().selectionChanged.connect(self._card_chosen)
        self.ui.interview_table.selectionModel().selectionChanged.connect(self._interview_chosen)
        self.spreadsheet = SpreadsheetExport(
            context, self.ui.export_button, self._export_request, self.ui.status_label.setText, self
        )
        self.ui.cards_tabs.currentChanged.connect(self._enable_export)
        context.signals.operation_did_execute.connect(self._on_changes)
        self._fill_quarters()
        store = context.store
        context.runner.run(
            lambda _progress, _cancel: firm_code_choices(store),
            title=self.tr("Reading the firms"),
            on_success=self._set_firms,
        )

    def _shortcuts(self) -> None:
        for button, keys, tip in (
            (self.ui.issue_button, "Ctrl+N", self.tr("Issue a yellow card to a firm (Ctrl+N)")),
            (
                self.ui.revoke_button,
                "Ctrl+Shift+R",
                self.tr("Revoke the selected card on appeal, giving the reason (Ctrl+Shift+R)"),
            ),
            (
                self.ui.interview_button,
                "Ctrl+I",
                self.tr("Open the selected interview to record its next step (Enter or Ctrl+I)"),
            ),
        ):
            button.setShortcut(QKeySequence(keys))
            button.setToolTip(tip)

    @property
    def quarter(self) -> Quarter | None:
        data = self.ui.quarter_combo.currentData()
        return None if data is None else Quarter.parse(str(data))

    def _export_request(self) -> ExportRequest | None:
        """The cards tab exports the quarter's cards, the interviews tab its interviews."""
        quarter, tab = self.quarter, self.ui.cards_tabs.currentWidget()
        if quarter is None:
            return None
        if tab is self.ui.cards_tab:
            return ExportRequest("cards", quarter=quarter)
        if tab is self.ui.interviews_tab:
            return ExportRequest("interviews", quarter=quarter)
        return None

    def _enable_export(self) -> None:
        self.ui.export_button.setEnabled(self._export_request() is not None)

    def _set_firms(self, firms: list[tuple[str, str]]) -> None:
        if torn_down(self.ui.credit_firm_edit):
            return
        self.firms = firms
        self.credit.set_firms(firms)
        self.ui.credit_firm_edit.setCompleter(make_firm_completer(firms, self))

    def _fill_quarters(self) -> None:
        combo = self.ui.quarter_combo
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for q in data_quarters(self._context.store):
            combo.addItem(q, q)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)
        self.reload()

    def reload(self) -> None:
        quarter = self.quarter
        for button in (self.ui.issue_button, self.ui.revoke_button, self.ui.interview_button):
            button.setEnabled(quarter is not None)
        self._enable_export()
        if quarter is None:
            self.ui.status_label.setText(
                self.tr("No quarter has inspections or cards yet. Merge the inspectors' bundles.")
            )
            return
        store = self._context.store
        self._context.runner.run(
            lambda _progress, _cancel: cards_view(store, quarter),
            title=self.tr("Reading the cards and interviews"),
            on_success=self._show,
        )

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(*WATCHED):
            self._fill_quarters()
            self.credit.reload()

    def _show(self, view: CardsView) -> None:
        if torn_down(self.ui.quarter_combo, self.ui.status_label):
            return
        if self.quarter is None or view.quarter != str(self.quarter):
            return
        self.view = view
        colours = {
            n: REVOKED if c.revoked_on else RED
            for n, c in enumerate(view.cards)
            if c.revoked_on or c.color == CardColor.RED
        }
        self.cards.set_rows([self._card_cells(c) for c in view.cards], colours)
        self.interviews.set_rows([self._interview_cells(i) for i in view.interviews])
        in_force = [c for c in view.cards if c.revoked_on is None]
        text = self.tr(
            "{yellow} yellow and {red} red cards in force, {revoked} revoked; {interviews} "
            "interviews."
        ).format(
            yellow=sum(c.color == CardColor.YELLOW for c in in_force),
            red=sum(c.color == CardColor.RED for c in in_force),
            revoked=len(view.cards) - len(in_force),
            interviews=len(view.interviews),
        )
        if view.finalised:
            text += " " + self.tr(
                "{quarter} is finalised: its cards can no longer be issued or revoked."
            ).format(quarter=view.quarter)
        self.ui.status_label.setText(text)

    def _card_cells(self, card: CardLine) -> list[Cell]:
        revoked = ""
        if card.revoked_on is not None:
            revoked = self.tr("{day}: {reason}").format(
                day=card.revoked_on, reason=card.revoke_reason
            )
        return [
            colour_label(card.color),
            card.firm,
            card.credit_code,
            card.reason,
            card.deduction,
            str(card.issued_on),
            self.tr("Automatic") if card.automatic else self.tr("Clerk"),
            self.tr(", ").join(card.escalated_from),
            revoked,
        ]

    def _interview_cells(self, line: InterviewLine) -> list[Cell]:
        return [
            line.firm,
            line.credit_code,
            line.score,
            interview_status_label(line.status),
            local_time(line.scheduled_at),
            line.place,
            local_time(line.held_at),
            str(line.rectification_due or ""),
            str(line.closed_on or ""),
        ]

    def _card_chosen(self, selected: QItemSelection, _old: QItemSelection) -> None:
        if self.view is not None and selected.indexes():
            self.credit.set_firm(self.view.cards[selected.indexes()[0].row()].credit_code)

    def _interview_chosen(self, selected: QItemSelection, _old: QItemSelection) -> None:
        if self.view is not None and selected.indexes():
            line = self.view.interviews[selected.indexes()[0].row()]
            self.credit.set_firm(line.credit_code)

    def _open(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()

    def issue(self) -> None:
        quarter, view = self.quarter, self.view
        if quarter is None or view is None:
            return
        self._open(CardDialog(self._context, quarter, self.firms, view.yellow_deduction, self))

    def revoke(self) -> None:
        index = self.ui.card_table.currentIndex()
        if self.view is None or not index.isValid():
            self.ui.status_label.setText(self.tr("Select the card to revoke first."))
            return
        card = self.view.cards[index.row()]
        store = self._context.store
        self._open(
            ReasonDialog(
                self._context,
                title=self.tr("Revoke a card on appeal"),
                prompt=self.tr(
                    "Revoke the {card} of {firm} ({reason})? Write why the appeal succeeded; "
                    "escalations are recomputed."
                ).format(card=colour_label(card.color), firm=card.firm, reason=card.reason),
                save=lambda reason: revoke_card(store, card.card_id, reason),
                parent=self,
            )
        )

    def _interview_at(self, index: QModelIndex) -> None:
        if index.isValid():
            self.ui.interview_table.selectRow(index.row())
            self.open_interview()

    def open_interview(self) -> None:
        index = self.ui.interview_table.currentIndex()
        if self.view is None or not index.isValid():
            self.ui.status_label.setText(self.tr("Select an interview first."))
            return
        store, interview_id = self._context.store, self.view.interviews[index.row()].interview_id
        self._context.runner.run(
            lambda _progress, _cancel: interview_form(store, interview_id),
            title=self.tr("Opening the interview"),
            on_success=self._show_interview,
        )

    def _show_interview(self, form: InterviewForm) -> None:
        if torn_down(self.ui.interview_table):
            return
        self._open(InterviewDialog(self._context, form.interview, form.rectify_by, self))
