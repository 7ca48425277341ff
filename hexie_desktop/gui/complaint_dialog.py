"""One ticket: its details, its timeline, and buttons for the steps the loop allows next.

Only the allowed steps show, each with a mnemonic (Alt+letter) named in its tooltip; the note,
the resident's verdict (for a visit) and "resolved" (for closing) are read when a step is taken.
The step runs on the task runner; the dialog then shows the ticket as the service returned it.
"""

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QHeaderView, QPushButton, QWidget

from hexie_desktop.domain.states import TicketAction, TicketState
from hexie_desktop.gui.complaint_labels import (
    action_hint,
    channel_label,
    moment_text,
    percent_text,
    state_label,
)
from hexie_desktop.gui.forms.complaint_dialog_ui import Ui_ComplaintDialog
from hexie_desktop.gui.tasks import TaskRunner
from hexie_desktop.gui.timeline_model import TimelineModel
from hexie_desktop.services.complaints.ticket_view import TicketDetail
from hexie_desktop.services.complaints.tickets import (
    TicketResult,
    advance_complaint,
)
from hexie_desktop.services.store import Store

TIME_COLUMN_WIDTH = 140
STEP_COLUMN_WIDTH = 90


class ComplaintDialog(QDialog):
    def __init__(
        self, runner: TaskRunner, store: Store, detail: TicketDetail, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ComplaintDialog()
        self.ui.setupUi(self)
        self._runner = runner
        self._store = store
        self.buttons: dict[TicketAction, QPushButton] = {
            TicketAction.DISPATCH: self.ui.dispatch_button,
            TicketAction.HANDLE: self.ui.handle_button,
            TicketAction.REPLY: self.ui.reply_button,
            TicketAction.VISIT: self.ui.visit_button,
            TicketAction.CLOSE: self.ui.close_ticket_button,
            TicketAction.REDO: self.ui.redo_button,
            TicketAction.REJECT: self.ui.reject_button,
        }
        for action, button in self.buttons.items():
            key = QKeySequence.mnemonic(button.text()).toString(
                QKeySequence.SequenceFormat.NativeText
            )
            button.setToolTip(f"{action_hint(action)} ({key})")
            button.clicked.connect(lambda _checked=False, chosen=action: self.take(chosen))
        self.timeline = TimelineModel(self)
        table = self.ui.timeline_table
        table.setModel(self.timeline)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, TIME_COLUMN_WIDTH)
        header.resizeSection(1, STEP_COLUMN_WIDTH)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.message_label.hide()
        self.show_detail(detail)

    def show_detail(self, detail: TicketDetail) -> None:
        self.detail = detail
        ui = self.ui
        self.setWindowTitle(self.tr("Ticket {number}").format(number=detail.ticket_no))
        ui.ticket_value_label.setText(detail.ticket_no)
        ui.channel_value_label.setText(channel_label(detail.channel))
        ui.compound_value_label.setText(detail.compound_name)
        ui.firm_value_label.setText(detail.firm_name)
        ui.category_value_label.setText(detail.category)
        ui.received_value_label.setText(moment_text(detail.received_at))
        ui.due_value_label.setText(moment_text(detail.due_at))
        ui.state_value_label.setText(self._state_text(detail))
        ui.content_value_label.setText(detail.content)
        ui.caller_value_label.setText(self._caller_text(detail))
        ui.rates_label.setText(self._rates_text(detail))
        ui.rates_label.setVisible(detail.firm_rates is not None)
        self.timeline.set_events(detail.events)
        ui.timeline_table.scrollToBottom()
        self._show_steps(detail)

    def _caller_text(self, detail: TicketDetail) -> str:
        """In full for the clerk who handles the ticket, masked for anyone else (the service's
        rule, services/complaints/personal.py); a purged caller says so."""
        caller = detail.caller
        if caller.purged:
            return self.tr("Removed after the retention period")
        if not caller.given:
            return self.tr("Not recorded")
        return " ".join(part for part in (caller.name, caller.phone) if part)

    def _state_text(self, detail: TicketDetail) -> str:
        parts = [state_label(detail.state.value)]
        if detail.state == TicketState.CLOSED and not detail.accepted:
            parts.append(self.tr("(not accepted)"))
        if detail.overdue:
            parts.append(self.tr("· overdue"))
        if detail.redo_count:
            parts.append(self.tr("· redone {count} times").format(count=detail.redo_count))
        if detail.escalated:
            parts.append(self.tr("· escalated"))
        text = " ".join(parts)
        return f'<span style="color:#b00020">{text}</span>' if detail.overdue else text

    def _rates_text(self, detail: TicketDetail) -> str:
        found = detail.firm_rates
        if found is None:
            return ""
        return self.tr(
            "This firm's tickets in {quarter}: {total} received; acceptance {acceptance}, "
            "resolution {resolution}, on time {on_time}, satisfaction {satisfaction}, "
            "redone {redo}."
        ).format(
            quarter=detail.quarter,
            total=found.counts.total,
            acceptance=percent_text(found.acceptance),
            resolution=percent_text(found.resolution),
            on_time=percent_text(found.on_time),
            satisfaction=percent_text(found.satisfaction),
            redo=percent_text(found.redo),
        )

    def _show_steps(self, detail: TicketDetail) -> None:
        ui = self.ui
        open_steps = detail.actions
        ui.step_group.setVisible(bool(open_steps))
        for action, button in self.buttons.items():
            button.setVisible(action in open_steps)
        visiting = TicketAction.VISIT in open_steps
        closing = TicketAction.CLOSE in open_steps
        for radio in (ui.satisfied_radio, ui.dissatisfied_radio):
            radio.setAutoExclusive(False)
            radio.setChecked(False)
            radio.setAutoExclusive(True)
            radio.setVisible(visiting)
        ui.resolved_check.setVisible(closing)
        ui.resolved_check.setChecked(detail.resident_satisfied is True)
        ui.verdict_label.setVisible(visiting or closing)
        ui.note_edit.clear()
        if open_steps:
            ui.note_edit.setFocus()

    def _say(self, text: str) -> None:
        self.ui.message_label.setText(text)
        self.ui.message_label.setVisible(bool(text))

    def take(self, action: TicketAction) -> None:
        """Take a step with what the form holds; a missing verdict or reason is asked for here."""
        ui = self.ui
        note = ui.note_edit.toPlainText().strip()
        satisfied: bool | None = None
        if action == TicketAction.VISIT:
            if not (ui.satisfied_radio.isChecked() or ui.dissatisfied_radio.isChecked()):
                self._say(
                    self.tr("Choose whether the resident is satisfied, then record the visit.")
                )
                ui.satisfied_radio.setFocus()
                return
            satisfied = ui.satisfied_radio.isChecked()
        needed = {
            TicketAction.REJECT: self.tr(
                "Write the reason for not accepting the ticket in the note."
            ),
            TicketAction.REPLY: self.tr(
                "Write in the note what the resident was told, then reply."
            ),
            TicketAction.REDO: self.tr("Write in the note what must be done again, and why."),
        }
        if action in needed and not note:
            self._say(needed[action])
            ui.note_edit.setFocus()
            return
        resolved = ui.resolved_check.isChecked() if action == TicketAction.CLOSE else None
        self._say("")
        self._set_busy(True)
        ticket_id, store = self.detail.id, self._store
        self._runner.run(
            lambda _progress, _cancel: advance_complaint(
                store, ticket_id, action, note, satisfied=satisfied, resolved=resolved
            ),
            title=self.tr("Updating ticket {number}").format(number=self.detail.ticket_no),
            on_success=self._advanced,
            on_failure=lambda _error: self._set_busy(False),
        )

    def _advanced(self, result: TicketResult) -> None:
        self._set_busy(False)
        self.show_detail(result.detail)
        self._say(result.message)

    def _set_busy(self, busy: bool) -> None:
        self.ui.step_group.setEnabled(not busy)
