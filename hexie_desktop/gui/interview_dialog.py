"""One sub-60 interview and its next step: schedule, hold, set the rectification, follow up.

The dialog shows what is recorded so far and offers only the step the interview's status allows
(pending → scheduled → held → rectifying → closed or escalated); the service checks the step and
what it needs (a place, minutes and commitments) and says what is missing in its own words.
"""

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QWidget

from hexie_desktop.domain.states import InterviewStatus
from hexie_desktop.gui.bureau_qt import from_qt, now_qt, to_qt
from hexie_desktop.gui.context import ScreenContext
from hexie_desktop.gui.editor_dialog import EditorDialog
from hexie_desktop.gui.forms.interview_dialog_ui import Ui_InterviewDialog
from hexie_desktop.gui.results_labels import interview_status_label, local_time
from hexie_desktop.services.decisions.card_view import InterviewLine
from hexie_desktop.services.decisions.interviews import (
    record_followup,
    record_held,
    schedule_interview,
    start_rectification,
)

PAGES = (
    InterviewStatus.PENDING,
    InterviewStatus.SCHEDULED,
    InterviewStatus.HELD,
    InterviewStatus.RECTIFYING,
)


def _date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class InterviewDialog(EditorDialog):
    def __init__(
        self,
        context: ScreenContext,
        interview: InterviewLine,
        rectify_by: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.ui = Ui_InterviewDialog()
        self.ui.setupUi(self)
        self.interview = interview
        self.setWindowTitle(self.tr("Interview"))
        self.ui.header_label.setText(
            self.tr("{firm} ({code}) · {quarter} score {score:.2f} · {status}").format(
                firm=interview.firm,
                code=interview.credit_code,
                quarter=interview.quarter,
                score=interview.score,
                status=interview_status_label(interview.status),
            )
        )
        self.ui.record_label.setText(self._record())
        self.ui.error_label.hide()
        now = now_qt()
        self.ui.schedule_time_edit.setDateTime(now.addDays(7))
        self.ui.held_time_edit.setDateTime(
            to_qt(interview.scheduled_at) if interview.scheduled_at else now
        )
        self.ui.due_date_edit.setDate(_qdate(rectify_by))
        self.ui.rectify_hint_label.setText(
            self.tr("The policy's deadline after the interview is {day}.").format(day=rectify_by)
        )
        self.ui.followup_date_edit.setDate(QDate.currentDate())
        self.ui.passed_radio.setChecked(True)
        self._choose_page()
        self.ui.step_button.clicked.connect(self.submit)
        self.ui.step_button.setShortcut("Ctrl+Return")

    def _record(self) -> str:
        i = self.interview
        lines = []
        if i.scheduled_at:
            lines.append(
                self.tr("Scheduled for {time} at {place}.").format(
                    time=local_time(i.scheduled_at), place=i.place
                )
            )
        if i.held_at:
            lines.append(self.tr("Held {time}.").format(time=local_time(i.held_at)))
            lines.append(self.tr("Minutes: {text}").format(text=i.minutes))
            lines.append(self.tr("Commitments: {text}").format(text=i.commitments))
        if i.rectification_due:
            lines.append(self.tr("Rectify by {day}.").format(day=i.rectification_due))
        if i.followup_on:
            lines.append(
                self.tr("Follow-up on {day}: {result}.").format(
                    day=i.followup_on,
                    result=self.tr("rectified") if i.followup_passed else self.tr("not rectified"),
                )
            )
        return "\n".join(lines) or self.tr("Nothing recorded yet.")

    def _choose_page(self) -> None:
        status = self.interview.status
        titles: dict[str, tuple[str, str]] = {
            InterviewStatus.PENDING: (self.tr("Schedule the interview"), self.tr("&Schedule")),
            InterviewStatus.SCHEDULED: (
                self.tr("Record the interview held"),
                self.tr("&Record as held"),
            ),
            InterviewStatus.HELD: (
                self.tr("Set the rectification deadline"),
                self.tr("&Start rectification"),
            ),
            InterviewStatus.RECTIFYING: (
                self.tr("Record the follow-up inspection"),
                self.tr("Record &result"),
            ),
        }
        if status in PAGES:
            self.ui.step_stack.setCurrentIndex(PAGES.index(status))
            title, button = titles[status]
            self.ui.step_group.setTitle(title)
            self.ui.step_button.setText(button)
            self.ui.step_button.setToolTip(
                self.tr("{step} (Ctrl+Enter)").format(step=button.replace("&", ""))
            )
            return
        self.ui.step_stack.setCurrentIndex(len(PAGES))
        self.ui.step_group.setTitle(self.tr("Finished"))
        self.ui.done_label.setText(
            self.tr("This interview is {status}; it has no further step.").format(
                status=interview_status_label(status)
            )
        )
        self.ui.step_button.hide()

    def submit(self) -> None:
        store, interview_id = self.context.store, self.interview.interview_id
        status = self.interview.status
        title = self.ui.step_group.title()
        if status == InterviewStatus.PENDING:
            at, place = from_qt(self.ui.schedule_time_edit.dateTime()), self.ui.place_edit.text()
            self.run_save(
                lambda: schedule_interview(store, interview_id, at, place),
                title=title,
            )
        elif status == InterviewStatus.SCHEDULED:
            held = from_qt(self.ui.held_time_edit.dateTime())
            minutes = self.ui.minutes_edit.toPlainText()
            commitments = self.ui.commitments_edit.toPlainText()
            self.run_save(
                lambda: record_held(store, interview_id, held, minutes, commitments),
                title=title,
            )
        elif status == InterviewStatus.HELD:
            due = _date(self.ui.due_date_edit.date())
            self.run_save(
                lambda: start_rectification(store, interview_id, due),
                title=title,
            )
        elif status == InterviewStatus.RECTIFYING:
            on = _date(self.ui.followup_date_edit.date())
            passed = self.ui.passed_radio.isChecked()
            note = self.ui.followup_note_edit.toPlainText()
            self.run_save(
                lambda: record_followup(store, interview_id, on, passed, note),
                title=title,
            )
