"""投诉工单: the tickets of the 12345 loop, filtered by state, category and lateness.

Enter (or a double click) opens a ticket's dialog, where it moves through the loop; the toolbar
registers a new ticket and opens the satisfaction survey of a compound (preselecting the
compound of the selected ticket), or the list of the quarter's saved surveys, so both kinds of
owner feedback are entered and found again in one place.
"""

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QHeaderView,
    QInputDialog,
    QMessageBox,
    QPushButton,
    QWidget,
)

from hexie_desktop.domain import bureau_time
from hexie_desktop.domain.quarters import Quarter
from hexie_desktop.domain.roles import Role
from hexie_desktop.gui.complaint_dialog import ComplaintDialog
from hexie_desktop.gui.complaint_labels import all_states
from hexie_desktop.gui.complaint_table_model import RECEIVED_COLUMN, ComplaintTableModel
from hexie_desktop.gui.context import ScreenContext
from hexie_desktop.gui.forms.complaints_screen_ui import Ui_ComplaintsScreen
from hexie_desktop.gui.keyboard import lead_down
from hexie_desktop.gui.new_complaint_dialog import NewComplaintDialog
from hexie_desktop.gui.spreadsheet_export import SpreadsheetExport
from hexie_desktop.gui.survey_dialog import SurveyDialog
from hexie_desktop.gui.surveys_dialog import SurveysDialog
from hexie_desktop.services.changes import Changes
from hexie_desktop.services.complaints.retention import PurgeReport, purge_due, purge_personal
from hexie_desktop.services.complaints.ticket_view import (
    TicketDetail,
    complaint_categories,
    complaint_detail,
    ticket_compound,
)
from hexie_desktop.services.evaluation.quarter_view import data_quarters
from hexie_desktop.services.export.request import ExportRequest
from hexie_desktop.services.listings.complaints import ComplaintListing
from hexie_desktop.storage.tables import (
    Complaint,
    ComplaintCaller,
    ComplaintEvent,
    Compound,
    Firm,
    Policy,
)

FILTER_DELAY_MS = 150
WATCHED = (Complaint, ComplaintCaller, ComplaintEvent, Compound, Firm)
COLUMN_WIDTHS = (150, 200, 120, 90, 70, 120, 120)


class ComplaintsScreen(QWidget):
    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ComplaintsScreen()
        self.ui.setupUi(self)
        self.setObjectName("complaints_screen")
        self._context = context
        self.ticket_dialog: ComplaintDialog | None = None
        self.new_dialog: NewComplaintDialog | None = None
        self.survey_dialog: SurveyDialog | None = None
        self.surveys_dialog: SurveysDialog | None = None
        self.ui.filter_edit.setPlaceholderText(
            self.tr("Ticket number, compound, firm, category or content")
        )
        self.model = ComplaintTableModel(
            context.store,
            ComplaintListing(),
            (
                self.tr("Ticket"),
                self.tr("Firm"),
                self.tr("Compound"),
                self.tr("Category"),
                self.tr("State"),
                self.tr("Received"),
                self.tr("Due"),
                self.tr("Overdue"),
                self.tr("Caller"),
            ),
            self.tr("Overdue"),
            self,
        )
        self._setup_table()
        self._setup_filters()
        self._setup_actions()
        self.model.modelReset.connect(self._update_count)
        self.spreadsheet = SpreadsheetExport(
            context, self.ui.export_button, self._export_request, self.ui.count_label.setText, self
        )
        self._setup_purge()
        context.signals.operation_did_execute.connect(self._on_changes)
        self._update_count()

    def _export_request(self) -> ExportRequest | None:
        """The tickets received in a quarter the clerk picks (this quarter first)."""
        this_quarter = str(Quarter.containing(bureau_time.today()))
        quarters = sorted({this_quarter, *data_quarters(self._context.store)}, reverse=True)
        chosen, ok = QInputDialog.getItem(
            self,
            self.tr("Export to Excel"),
            self.tr("Tickets received in the quarter:"),
            quarters,
            quarters.index(this_quarter),
            False,
        )
        return ExportRequest("complaints", quarter=Quarter.parse(chosen)) if ok else None

    def _setup_purge(self) -> None:
        """The retention policy's purge, beside the export: its text says when it is due."""
        self.purge_button = QPushButton(self)
        self.purge_button.setObjectName("purge_button")
        self.purge_button.clicked.connect(self.purge_callers)
        # Only a clerk registers callers, so an inspector's laptop has none to remove.
        self.purge_button.setVisible(self._context.identity.role == Role.CLERK)
        self.ui.title_layout.insertWidget(
            self.ui.title_layout.indexOf(self.ui.export_button) + 1, self.purge_button
        )
        self._show_purge_due()

    def _show_purge_due(self) -> None:
        if self.purge_button.isHidden():
            return
        due = purge_due(self._context.store)
        self.purge_button.setText(
            self.tr("Remove old callers ({count})").format(count=f"{due.tickets:,}")
            if due.due
            else self.tr("Remove old callers")
        )
        self.purge_button.setToolTip(
            self.tr(
                "Blank the caller's name and phone of tickets closed before {cutoff} "
                "(the policy keeps them {months} months); recorded in the audit trail."
            ).format(cutoff=due.cutoff.isoformat(), months=due.months)
        )

    def purge_callers(self) -> None:
        """Ask, saying how many tickets, then purge on the runner."""
        due = purge_due(self._context.store)
        if not due.due:
            QMessageBox.information(
                self,
                self.tr("Remove old callers"),
                self.tr(
                    "No ticket closed before {cutoff} still holds its caller's details."
                ).format(cutoff=due.cutoff.isoformat()),
            )
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove old callers"),
            self.tr(
                "Blank the caller's name and phone of {count} tickets closed before {cutoff} "
                "(the policy keeps them {months} months)? This cannot be undone; the tickets "
                "themselves stay."
            ).format(count=f"{due.tickets:,}", cutoff=due.cutoff.isoformat(), months=due.months),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        store = self._context.store
        self._context.runner.run(
            lambda _progress, _cancel: purge_personal(store),
            title=self.tr("Removing old callers"),
            on_success=self._purged,
        )

    def _purged(self, report: PurgeReport) -> None:
        self.ui.count_label.setText(
            self.tr("Removed the callers of {count} tickets.").format(count=f"{report.tickets:,}")
        )

    def _setup_table(self) -> None:
        table = self.ui.ticket_table
        table.setModel(self.model)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        for column, width in enumerate(COLUMN_WIDTHS):
            header.resizeSection(column, width)
        self.model.sort(RECEIVED_COLUMN, Qt.SortOrder.DescendingOrder)
        header.setSortIndicator(RECEIVED_COLUMN, Qt.SortOrder.DescendingOrder)
        header.sortIndicatorChanged.connect(self.model.sort)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        table.activated.connect(self._open_index)

    def _setup_filters(self) -> None:
        self.ui.state_combo.addItem(self.tr("All states"), None)
        for state, label in all_states():
            self.ui.state_combo.addItem(label, state.value)
        self.ui.state_combo.currentIndexChanged.connect(
            lambda: self.model.set_structured_filter(state=self.ui.state_combo.currentData())
        )
        self._fill_categories()
        self.ui.category_combo.currentIndexChanged.connect(
            lambda: self.model.set_structured_filter(category=self.ui.category_combo.currentData())
        )
        self.ui.overdue_check.toggled.connect(
            lambda checked: self.model.set_structured_filter(overdue_only=checked)
        )
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(
            lambda: self.model.set_filter(self.ui.filter_edit.text())
        )
        self.ui.filter_edit.textChanged.connect(self._filter_timer.start)
        lead_down(self.ui.filter_edit, self.ui.ticket_table)

    def _fill_categories(self) -> None:
        combo = self.ui.category_combo
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All categories"), None)
        for category in complaint_categories(self._context.store):
            combo.addItem(category, category)
        combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen else 0)
        combo.blockSignals(False)

    def _setup_actions(self) -> None:
        for button, shortcut, slot in (
            (self.ui.new_ticket_button, "Ctrl+N", self.new_ticket),
            (self.ui.survey_button, "Ctrl+Shift+S", self.open_survey),
            (self.ui.surveys_button, "Ctrl+Shift+L", self.open_surveys),
        ):
            self._shortcut(button, QKeySequence(shortcut))
            button.clicked.connect(slot)
        self.ui.open_button.clicked.connect(self.open_current)
        self.ui.open_button.setToolTip(
            self.tr("Open the selected ticket ({key})").format(key=self.tr("Enter"))
        )

    def _shortcut(self, button: QAbstractButton, key: QKeySequence) -> None:
        action = QAction(self)
        action.setShortcut(key)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(button.click)
        self.addAction(action)
        button.setToolTip(
            f"{button.text().replace('&', '')} ({key.toString(QKeySequence.SequenceFormat.NativeText)})"
        )

    def focus_filter(self) -> None:
        self.ui.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.filter_edit.selectAll()

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total
        self.ui.count_label.setText(
            self.tr("{shown} of {total} tickets").format(shown=f"{shown:,}", total=f"{total:,}")
        )
        empty = total == 0
        self.ui.ticket_table.setVisible(not empty)
        self.ui.empty_label.setVisible(empty)
        if empty:
            self.ui.empty_label.setText(
                self.tr(
                    "No complaint tickets yet. Register one with New Ticket (Ctrl+N), or import "
                    "the bureau's bundle."
                )
            )

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(*WATCHED, Policy):
            self._show_purge_due()
        if changes.touches(*WATCHED):
            self._fill_categories()
            self.model.refresh()

    def _current_id(self) -> str | None:
        index = self.ui.ticket_table.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_ticket(self.model.id_at(index.row()))

    def open_current(self) -> None:
        ticket_id = self._current_id()
        if ticket_id is not None:
            self.open_ticket(ticket_id)

    def open_ticket(self, ticket_id: str) -> None:
        """Read the ticket off the UI thread (its firm's rates count the whole quarter), then show it."""
        store = self._context.store
        self._context.runner.run(
            lambda _progress, _cancel: complaint_detail(store, ticket_id),
            title=self.tr("Opening the ticket"),
            on_success=self._show_ticket,
        )

    def _show_ticket(self, detail: TicketDetail) -> None:
        self.ticket_dialog = ComplaintDialog(
            self._context.runner, self._context.store, detail, self
        )
        self.ticket_dialog.open()

    def new_ticket(self) -> None:
        dialog = NewComplaintDialog(self._context.runner, self._context.store, self)
        dialog.accepted.connect(lambda: self._registered(dialog))
        self.new_dialog = dialog
        dialog.open()

    def _registered(self, dialog: NewComplaintDialog) -> None:
        if dialog.created is not None:
            self.open_ticket(dialog.created.detail.id)

    def open_survey(self) -> None:
        ticket_id = self._current_id()
        compound_id = None if ticket_id is None else ticket_compound(self._context.store, ticket_id)
        self.survey_dialog = SurveyDialog(
            self._context.runner, self._context.store, compound_id, self
        )
        self.survey_dialog.open()

    def open_surveys(self) -> None:
        """The quarter's saved surveys, to find one again and correct it."""
        self.surveys_dialog = SurveysDialog(self._context.runner, self._context.store, self)
        self.surveys_dialog.open()


def build_complaints_screen(context: ScreenContext) -> ComplaintsScreen:
    return ComplaintsScreen(context)
