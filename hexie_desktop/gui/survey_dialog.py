"""Entering a satisfaction survey of one compound for a quarter, with its rates as it is typed.

The rates and the first problem of the figures are recomputed on every change by the same pure
functions the service validates with, so what the form accepts the service accepts. Opening a
compound and quarter already surveyed by this computer loads that survey: saving corrects it.
"""

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QSpinBox, QWidget

from hexie_desktop.domain import bureau_time
from hexie_desktop.domain.quarters import Quarter
from hexie_desktop.gui.complaint_labels import percent_text
from hexie_desktop.gui.compound_picker import (
    chosen_compound,
    fill_compound_combo,
    set_placeholder,
)
from hexie_desktop.gui.forms.survey_dialog_ui import Ui_SurveyDialog
from hexie_desktop.gui.tasks import TaskRunner
from hexie_desktop.services.fieldwork.surveys import (
    SavedSurvey,
    SurveyAnswers,
    answers_problem,
    compound_choices,
    date_problem,
    record_survey,
    survey_form,
    survey_rates,
)
from hexie_desktop.services.store import Store

QUARTERS_OFFERED = 4


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class SurveyDialog(QDialog):
    def __init__(
        self,
        runner: TaskRunner,
        store: Store,
        compound_id: str | None,
        parent: QWidget | None = None,
        today: dt.date | None = None,
        *,
        quarter: Quarter | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SurveyDialog()
        self.ui.setupUi(self)
        self._runner = runner
        self._store = store
        self._today = today or bureau_time.today()
        self.saved: SavedSurvey | None = None
        self._loaded: str | None = None
        ui = self.ui
        self.spins: tuple[QSpinBox, ...] = (
            ui.sample_spin,
            ui.very_satisfied_spin,
            ui.satisfied_spin,
            ui.neutral_spin,
            ui.dissatisfied_spin,
            ui.very_dissatisfied_spin,
        )
        offered = Quarter.containing(self._today)
        for _ in range(QUARTERS_OFFERED):
            ui.quarter_combo.addItem(str(offered), str(offered))
            offered = offered.previous()
        if quarter is not None:
            # A survey opened from the list, perhaps of a quarter older than those offered.
            if ui.quarter_combo.findData(str(quarter)) < 0:
                ui.quarter_combo.addItem(str(quarter), str(quarter))
            ui.quarter_combo.setCurrentIndex(ui.quarter_combo.findData(str(quarter)))
        fill_compound_combo(ui.compound_combo, compound_choices(store), compound_id)
        set_placeholder(ui.compound_combo, self.tr("Type part of a name"))
        self._save = ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        # Qt's own 保存 has no access key.
        self._save.setText(self.tr("&Save"))
        self._save.setShortcut(QKeySequence("Ctrl+S"))
        self._save.setToolTip(self.tr("Save the survey (Ctrl+S)"))
        ui.compound_combo.currentTextChanged.connect(self._compound_typed)
        ui.quarter_combo.currentIndexChanged.connect(self._load)
        for spin in self.spins:
            spin.valueChanged.connect(self._recompute)
        ui.surveyed_on_edit.dateChanged.connect(self._recompute)
        ui.button_box.accepted.connect(self.save)
        ui.button_box.rejected.connect(self.reject)
        self._load()
        (ui.sample_spin if compound_id is not None else ui.compound_combo).setFocus()

    @property
    def quarter(self) -> Quarter:
        return Quarter.parse(str(self.ui.quarter_combo.currentData()))

    def answers(self) -> SurveyAnswers:
        return SurveyAnswers(*(spin.value() for spin in self.spins))

    def _surveyed_on(self) -> dt.date:
        value = self.ui.surveyed_on_edit.date()
        return dt.date(value.year(), value.month(), value.day())

    def _compound_typed(self) -> None:
        if chosen_compound(self.ui.compound_combo) != self._loaded:
            self._load()
        else:
            self._recompute()

    def _load(self) -> None:
        ui = self.ui
        quarter = self.quarter
        last = min(quarter.last_day, self._today)
        ui.surveyed_on_edit.setDateRange(_qdate(quarter.first_day), _qdate(last))
        compound_id = chosen_compound(ui.compound_combo)
        self._loaded = compound_id
        existing = None
        if compound_id is None:
            ui.firm_value_label.setText("")
        else:
            form = survey_form(self._store, compound_id, quarter, self._today)
            ui.firm_value_label.setText(
                form.firm_name or self.tr("No firm serves this compound in this quarter.")
            )
            existing = form.existing
        if existing is None:
            for spin in self.spins:
                spin.setValue(0)
            ui.surveyed_on_edit.setDate(_qdate(last))
            ui.status_label.setText("")
        else:
            counts = existing.answers
            values = (counts.sample_size, *counts.counts().values())
            for spin, value in zip(self.spins, values, strict=True):
                spin.setValue(value)
            ui.surveyed_on_edit.setDate(_qdate(existing.surveyed_on))
            ui.status_label.setText(
                self.tr(
                    "You already surveyed this compound in {quarter}; saving corrects that survey."
                ).format(quarter=quarter)
            )
        self._recompute()

    def _recompute(self) -> None:
        ui = self.ui
        answers = self.answers()
        rates = survey_rates(answers)
        ui.answered_value_label.setText(
            self.tr("{answered} of {sample}").format(
                answered=rates.answered, sample=answers.sample_size
            )
        )
        if rates.response is not None and rates.response > 1:
            # More answers than questionnaires: a rate over 100 % would only mislead.
            ui.response_value_label.setText(self.tr("— (more answers than the sample)"))
        else:
            ui.response_value_label.setText(percent_text(rates.response))
        ui.satisfaction_value_label.setText(percent_text(rates.satisfaction))
        problem = None
        if chosen_compound(ui.compound_combo) is None:
            problem = self.tr("Choose the compound surveyed (type part of its name).")
        elif answers.sample_size or answers.answered:
            problem = answers_problem(answers) or date_problem(
                self._surveyed_on(), self.quarter, self._today
            )
        ui.error_label.setText(problem or "")
        ui.error_label.setVisible(problem is not None)
        blank = answers.sample_size == 0 and answers.answered == 0
        self._save.setEnabled(problem is None and not blank)

    def save(self) -> None:
        compound_id = chosen_compound(self.ui.compound_combo)
        if compound_id is None or not self._save.isEnabled():
            return
        answers, quarter, day = self.answers(), self.quarter, self._surveyed_on()
        store, today = self._store, self._today
        self.ui.button_box.setEnabled(False)
        self._runner.run(
            lambda _progress, _cancel: record_survey(
                store,
                compound_id,
                quarter,
                **answers.counts(),
                sample_size=answers.sample_size,
                surveyed_on=day,
                today=today,
            ),
            title=self.tr("Saving the survey"),
            on_success=self._saved,
            on_failure=lambda _error: self.ui.button_box.setEnabled(True),
        )

    def _saved(self, result: SavedSurvey) -> None:
        self.saved = result
        self.accept()
