"""满意度调查 list: the quarter's saved surveys, found again and opened to be corrected.

Each line is a compound's survey with its firm, date, inspector, answers and rates; a response
rate never exceeds 100 % (the database keeps answers within the sample). Enter (or 打开) opens a survey this computer recorded in the
survey form, where saving corrects it; another inspector's survey is theirs to correct, and the
list says so. 新建调查 opens the form blank. The list follows every saved survey.
"""

from PySide6.QtCore import QModelIndex, QSize, QTimer
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from hexie_desktop.domain import bureau_time
from hexie_desktop.domain.quarters import Quarter
from hexie_desktop.gui.complaint_labels import percent_text
from hexie_desktop.gui.forms.surveys_dialog_ui import Ui_SurveysDialog
from hexie_desktop.gui.lifetime import torn_down
from hexie_desktop.gui.rows_model import RowsModel
from hexie_desktop.gui.screen_fit import fit_to_screen
from hexie_desktop.gui.survey_dialog import SurveyDialog
from hexie_desktop.gui.tasks import TaskRunner
from hexie_desktop.services.changes import Changes
from hexie_desktop.services.fieldwork.surveys_view import (
    SurveyLine,
    quarter_surveys,
    survey_quarters,
)
from hexie_desktop.services.store import Store
from hexie_desktop.storage.tables import Compound, Firm, Survey

OTHERS_COLOUR = QColor("#6b6b6b")
PREFERRED_SIZE = QSize(1000, 560)


class SurveysDialog(QDialog):
    def __init__(self, runner: TaskRunner, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SurveysDialog()
        self.ui.setupUi(self)
        self._runner = runner
        self._store = store
        self._today = bureau_time.today()
        self.lines: list[SurveyLine] = []
        self.survey_dialog: SurveyDialog | None = None
        ui = self.ui
        self.model = RowsModel(
            (
                self.tr("Compound"),
                self.tr("Firm"),
                self.tr("Surveyed on"),
                self.tr("Inspector"),
                self.tr("Sample"),
                self.tr("Answers"),
                self.tr("Response rate"),
                self.tr("Satisfaction rate"),
            ),
            self,
        )
        table = ui.survey_table
        table.setModel(self.model)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        quarters = survey_quarters(store, self._today)
        for quarter in quarters.offered:
            ui.quarter_combo.addItem(quarter, quarter)
        ui.quarter_combo.setCurrentIndex(ui.quarter_combo.findData(quarters.opened))
        ui.quarter_combo.currentIndexChanged.connect(self.reload)
        table.activated.connect(self._open_index)
        table.selectionModel().currentRowChanged.connect(self._current_changed)
        ui.new_button.clicked.connect(self.new_survey)
        ui.new_button.setShortcut(QKeySequence("Ctrl+N"))
        ui.new_button.setToolTip(self.tr("Record a new survey (Ctrl+N)"))
        ui.open_button.clicked.connect(self.open_current)
        ui.open_button.setToolTip(self.tr("Open the selected survey (Enter)"))
        ui.close_button.clicked.connect(self.reject)
        runner.signals.operation_did_execute.connect(self._on_changes)
        self.reload()
        fit_to_screen(self, PREFERRED_SIZE)
        table.setFocus()

    @property
    def quarter(self) -> Quarter:
        return Quarter.parse(str(self.ui.quarter_combo.currentData()))

    def reload(self) -> None:
        if torn_down(self.ui.survey_table):
            return
        self.lines = quarter_surveys(self._store, self.quarter)
        others = {n: OTHERS_COLOUR for n, line in enumerate(self.lines) if not line.mine}
        self.model.set_rows([self._cells(line) for line in self.lines], others)
        self.ui.survey_table.resizeColumnsToContents()
        self.ui.count_label.setText(
            self.tr("{count} surveys in {quarter}").format(
                count=len(self.lines), quarter=self.quarter
            )
        )
        if self.lines:
            self.ui.survey_table.setCurrentIndex(self.model.index(0, 0))
        self._current_changed()

    def _cells(self, line: SurveyLine) -> tuple[str | int, ...]:
        return (
            line.compound,
            line.firm,
            line.surveyed_on.isoformat(),
            line.inspector,
            line.sample_size,
            line.answered,
            percent_text(line.response),
            percent_text(line.satisfaction),
        )

    def _current(self) -> SurveyLine | None:
        index = self.ui.survey_table.currentIndex()
        return self.lines[index.row()] if index.isValid() else None

    def _current_changed(self, *_args: object) -> None:
        line = self._current()
        ui = self.ui
        ui.open_button.setEnabled(line is not None and line.mine)
        if not self.lines:
            ui.status_label.setText(
                self.tr("No survey recorded for {quarter} yet: New Survey records one.").format(
                    quarter=self.quarter
                )
            )
        elif line is not None and not line.mine:
            ui.status_label.setText(
                self.tr(
                    "Recorded by inspector {name}: only they can correct it, on their computer."
                ).format(name=line.inspector)
            )
        else:
            ui.status_label.setText("")

    def _open_index(self, index: QModelIndex) -> None:
        # After the Enter that opened it is handled: the form must not take it as its own 保存.
        if index.isValid():
            QTimer.singleShot(0, self, self.open_current)

    def open_current(self) -> None:
        line = self._current()
        if line is not None and line.mine:
            self._show_form(line.compound_id)

    def new_survey(self) -> None:
        self._show_form(None)

    def _show_form(self, compound_id: str | None) -> None:
        self.survey_dialog = SurveyDialog(
            self._runner, self._store, compound_id, self, quarter=self.quarter
        )
        self.survey_dialog.open()

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(Survey, Compound, Firm):
            self.reload()
