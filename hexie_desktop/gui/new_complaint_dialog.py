"""Registering a ticket that came in by hotline, phone, the web or a visit (受理).

Times are typed in the bureau's time; the due time follows the received time (five days later)
until it is changed by hand. The firm is not asked for: the service finds the one that served
the compound on the day the ticket came in.
"""

import datetime as dt

from PySide6.QtCore import QDateTime
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from hexie_desktop.domain.bureau_time import now as bureau_now
from hexie_desktop.gui.bureau_qt import from_qt, to_qt
from hexie_desktop.gui.complaint_labels import channels
from hexie_desktop.gui.compound_picker import (
    chosen_compound,
    fill_compound_combo,
    set_placeholder,
)
from hexie_desktop.gui.forms.new_complaint_dialog_ui import Ui_NewComplaintDialog
from hexie_desktop.gui.tasks import TaskRunner
from hexie_desktop.services.complaints.personal import sees_callers_in_full
from hexie_desktop.services.complaints.ticket_view import complaint_categories
from hexie_desktop.services.complaints.tickets import (
    DEFAULT_DUE_DAYS,
    NewTicket,
    TicketResult,
    register_complaint,
    ticket_number_problem,
)
from hexie_desktop.services.fieldwork.surveys import compound_choices
from hexie_desktop.services.store import Store
from hexie_desktop.services.trust.identity import current_identity


class NewComplaintDialog(QDialog):
    def __init__(self, runner: TaskRunner, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_NewComplaintDialog()
        self.ui.setupUi(self)
        self._runner = runner
        self._store = store
        self.created: TicketResult | None = None
        ui = self.ui
        ui.ticket_no_edit.setPlaceholderText(self.tr("e.g. 12345-2026-0000123"))
        for code, label in channels():
            ui.channel_combo.addItem(label, code)
        fill_compound_combo(ui.compound_combo, compound_choices(store), None)
        set_placeholder(ui.compound_combo, self.tr("Type part of a name"))
        ui.category_combo.addItems(complaint_categories(store))
        ui.category_combo.setCurrentIndex(-1)
        set_placeholder(ui.category_combo, self.tr("e.g. water leak"))
        now = bureau_now().replace(second=0, microsecond=0)
        ui.received_edit.setDateTime(to_qt(now))
        ui.due_edit.setDateTime(to_qt(now + dt.timedelta(days=DEFAULT_DUE_DAYS)))
        ui.received_edit.dateTimeChanged.connect(self._received_changed)
        ui.error_label.hide()
        save = ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        # Qt's own 保存 has no access key.
        save.setText(self.tr("&Save"))
        save.setShortcut(QKeySequence("Ctrl+S"))
        save.setToolTip(self.tr("Register the ticket (Ctrl+S)"))
        ui.button_box.accepted.connect(self.save)
        ui.button_box.rejected.connect(self.reject)
        ui.ticket_no_edit.setFocus()
        self._show_caller_fields(store)

    def _show_caller_fields(self, store: Store) -> None:
        """Only a clerk records who called; an inspector's form has no place for it."""
        identity = current_identity(store)
        shown = sees_callers_in_full(None if identity is None else identity.role)
        ui = self.ui
        for widget in (
            ui.caller_name_label,
            ui.caller_name_edit,
            ui.caller_phone_label,
            ui.caller_phone_edit,
        ):
            widget.setVisible(shown)
        ui.caller_phone_edit.setPlaceholderText(self.tr("e.g. 13812345678 or 0571-88885678"))

    def _received_changed(self, value: QDateTime) -> None:
        self.ui.due_edit.setDateTime(value.addDays(DEFAULT_DUE_DAYS))

    def _show_error(self, text: str) -> None:
        self.ui.error_label.setText(text)
        self.ui.error_label.setVisible(bool(text))

    def save(self) -> None:
        ui = self.ui
        number = ui.ticket_no_edit.text().strip().upper()
        problem = ticket_number_problem(number)
        if problem is not None:
            self._show_error(problem)
            ui.ticket_no_edit.setFocus()
            return
        compound_id = chosen_compound(ui.compound_combo)
        if compound_id is None:
            self._show_error(self.tr("Choose the compound from the list (type part of its name)."))
            ui.compound_combo.setFocus()
            return
        ticket = NewTicket(
            ticket_no=number,
            compound_id=compound_id,
            category=ui.category_combo.currentText(),
            content=ui.content_edit.toPlainText(),
            received_at=from_qt(ui.received_edit.dateTime()),
            due_at=from_qt(ui.due_edit.dateTime()),
            channel=str(ui.channel_combo.currentData()),
            caller_name=ui.caller_name_edit.text(),
            caller_phone=ui.caller_phone_edit.text(),
        )
        self._show_error("")
        self._set_busy(True)
        store = self._store
        self._runner.run(
            lambda _progress, _cancel: register_complaint(store, ticket),
            title=self.tr("Registering ticket {number}").format(number=number),
            on_success=self._registered,
            on_failure=lambda _error: self._set_busy(False),
        )

    def _registered(self, result: TicketResult) -> None:
        self.created = result
        self.accept()

    def _set_busy(self, busy: bool) -> None:
        self.ui.button_box.setEnabled(not busy)
