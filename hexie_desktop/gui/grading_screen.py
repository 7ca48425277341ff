"""The yearly harmonious community grading: each community's three sources, then the grades.

Scores are entered per indicator, one source's sheet at a time (Enter on a source's cell opens
that sheet; elsewhere the source chosen above). "Grade" applies the policy in force for the
year: quotas by rank, public criticism under the minimum, disqualification after a serious
incident, AA and above recommended, and the change against last year's grade.
"""

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import QDialog, QHeaderView, QMessageBox, QWidget

from hexie_desktop.domain.bureau_time import format_time
from hexie_desktop.domain.evaluation.policy import GRADING_SOURCES
from hexie_desktop.gui.context import ScreenContext
from hexie_desktop.gui.forms.grading_screen_ui import Ui_GradingScreen
from hexie_desktop.gui.grading_sheet_dialog import GradingSheetDialog, source_title
from hexie_desktop.gui.results_reason_dialog import ReasonDialog
from hexie_desktop.gui.rows_model import Cell, RowsModel
from hexie_desktop.gui.spreadsheet_export import SpreadsheetExport
from hexie_desktop.services.changes import Changes
from hexie_desktop.services.export.request import ExportRequest
from hexie_desktop.services.grading.grade import GradingSummary, grade_year
from hexie_desktop.services.grading.sheets_view import (
    CommunityGrading,
    GradingOverview,
    SheetForm,
    grading_overview,
    grading_sheet,
    grading_years,
)
from hexie_desktop.services.grading.years import finalise_year, reopen_year
from hexie_desktop.storage.tables import (
    Community,
    CommunityGradeRecord,
    CommunityIncident,
    GradingSheet,
    GradingYearStatus,
    Policy,
)

FIRST_SOURCE_COLUMN = 2
WATCHED = (
    GradingSheet,
    CommunityGradeRecord,
    CommunityIncident,
    Community,
    Policy,
    GradingYearStatus,
)
FLAGGED = QColor("#b00020")


class GradingScreen(QWidget):
    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_GradingScreen()
        self.ui.setupUi(self)
        self._context = context
        self.overview: GradingOverview | None = None
        self.dialog: QDialog | None = None
        self.last_summary: GradingSummary | None = None
        self.model = RowsModel(
            (
                self.tr("Street"),
                self.tr("Community"),
                *(source_title(s) for s in GRADING_SOURCES),
                self.tr("Score"),
                self.tr("Rank"),
                self.tr("Grade"),
                self.tr("Last year"),
                self.tr("Change"),
                self.tr("Notes"),
            ),
            self,
        )
        table = self.ui.community_table
        table.setModel(self.model)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setDefaultSectionSize(110)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        table.activated.connect(self._open_sheet_at)
        for source in GRADING_SOURCES:
            self.ui.source_combo.addItem(source_title(source), source)
        for year in grading_years(context.store):
            self.ui.year_combo.addItem(str(year), year)
        self.ui.year_combo.currentIndexChanged.connect(self.reload)
        self.ui.edit_sheet_button.clicked.connect(self.edit_sheet)
        self.ui.grade_button.clicked.connect(self.grade)
        self.ui.finalise_button.clicked.connect(self.finalise)
        self.ui.reopen_button.clicked.connect(self.reopen)
        self.ui.finalise_button.setToolTip(
            self.tr("Close the year: its grades are the announced ones and are not regraded")
        )
        self.ui.reopen_button.setToolTip(
            self.tr("Reopen a finalised year for regrading, giving the reason")
        )
        self.ui.grade_button.setShortcut(QKeySequence("Ctrl+G"))
        self.ui.grade_button.setToolTip(self.tr("Grade every community for the year (Ctrl+G)"))
        self.ui.edit_sheet_button.setToolTip(
            self.tr("Enter the chosen source's scores for the selected community (Enter)")
        )
        self.spreadsheet = SpreadsheetExport(
            context,
            self.ui.export_button,
            lambda: ExportRequest("grading", year=self.year),
            self.ui.status_label.setText,
            self,
        )
        context.signals.operation_did_execute.connect(self._on_changes)
        self.reload()

    @property
    def year(self) -> int:
        return int(self.ui.year_combo.currentData())

    def reload(self) -> None:
        store, year = self._context.store, self.year
        self._context.runner.run(
            lambda _progress, _cancel: grading_overview(store, year),
            title=self.tr("Reading the community grading"),
            on_success=self._show,
        )

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(*WATCHED):
            self.reload()

    def _show(self, overview: GradingOverview) -> None:
        if overview.year != self.year:
            return
        self.overview = overview
        rows = [self._cells(r, overview.last_grades) for r in overview.rows]
        flagged = {
            n
            for n, r in enumerate(overview.rows)
            if r.result is not None and (r.result.criticised or r.result.disqualified)
        }
        self.model.set_rows(rows, dict.fromkeys(flagged, FLAGGED))
        self.ui.community_table.resizeColumnsToContents()
        self.ui.status_label.setText(self._status(overview))
        graded = overview.graded_at is not None
        self.ui.grade_button.setEnabled(not overview.finalised)
        self.ui.finalise_button.setEnabled(graded and not overview.finalised)
        self.ui.reopen_button.setEnabled(overview.finalised)

    def _status(self, overview: GradingOverview) -> str:
        scored = sum(bool(r.sources) for r in overview.rows)
        counts = self.tr("{communities} communities, {scored} with scores.").format(
            communities=len(overview.rows), scored=scored
        )
        if overview.graded_at is None:
            return counts + " " + self.tr("Not graded yet for {year}.").format(year=overview.year)
        graded = next((r.result for r in overview.rows if r.result is not None), None)
        text = (
            counts
            + " "
            + self.tr(
                "Graded on {time} with policy version {policy} and standard version {standard}."
            ).format(
                time=format_time(overview.graded_at),
                policy=graded.policy_version if graded else "",
                standard=graded.standard_version if graded else "",
            )
        )
        if overview.finalised:
            text += " " + self.tr("The year is finalised: its grades are the announced ones.")
        elif overview.outdated:
            text += " " + self.tr("Scores changed since then: press Grade again.")
        elif self.last_summary is not None and self.last_summary.year == overview.year:
            text += "\n" + "；".join(self.last_summary.lines()[1:])
        return text

    def _cells(self, row: CommunityGrading, last_grades: dict[str, str | None]) -> list[Cell]:
        result = row.result
        sources: list[Cell] = [row.sources.get(s) for s in GRADING_SOURCES]
        last = ""
        if row.community_id in last_grades:
            last = last_grades[row.community_id] or self.tr("No grade")
        if result is None:
            return [row.street, row.community, *sources, None, None, "", last, "", self._notes(row)]
        return [
            row.street,
            row.community,
            *sources,
            result.score,
            result.rank,
            result.grade or "",
            last,
            self._change(result.change),
            self._notes(row),
        ]

    def _change(self, change: str | None) -> str:
        labels = {
            "new": self.tr("New"),
            "up": self.tr("Up"),
            "kept": self.tr("Kept"),
            "down": self.tr("Down"),
        }
        return labels.get(change or "", "")

    def _notes(self, row: CommunityGrading) -> str:
        result = row.result
        notes = []
        if result is not None:
            if not result.eligible:
                notes.append(self.tr("Not eligible (first election less than a year before)"))
            if result.disqualified:
                notes.append(self.tr("Disqualified: serious incident"))
            if result.criticised:
                notes.append(self.tr("Public criticism (under the minimum score)"))
            if result.recommended:
                notes.append(self.tr("Recommended upward"))
        elif row.serious_incident:
            notes.append(self.tr("Serious incident this year"))
        return self.tr("; ").join(notes)

    def _selected(self) -> CommunityGrading | None:
        index = self.ui.community_table.currentIndex()
        if self.overview is None or not index.isValid():
            return None
        return self.overview.rows[index.row()]

    def _open_sheet_at(self, index: QModelIndex) -> None:
        column = index.column() - FIRST_SOURCE_COLUMN
        if 0 <= column < len(GRADING_SOURCES):
            self.ui.source_combo.setCurrentIndex(column)
        self.edit_sheet()

    def edit_sheet(self) -> None:
        row = self._selected()
        if row is None:
            return
        source = str(self.ui.source_combo.currentData())
        store, year = self._context.store, self.year
        self._context.runner.run(
            lambda _progress, _cancel: grading_sheet(store, row.community_id, year, source),
            title=self.tr("Opening the grading sheet"),
            on_success=self._open_dialog,
        )

    def _open_dialog(self, form: SheetForm) -> None:
        dialog = GradingSheetDialog(self._context, form, self)
        dialog.finished.connect(self._dialog_closed)
        self.dialog = dialog
        dialog.open()

    def grade(self) -> None:
        store, year = self._context.store, self.year
        self.ui.grade_button.setEnabled(False)
        self._context.runner.run(
            lambda _progress, _cancel: grade_year(store, year),
            title=self.tr("Grading the communities"),
            on_success=self._graded,
            on_failure=lambda _error: self.ui.grade_button.setEnabled(True),
        )

    def finalise(self) -> None:
        year = self.year
        answer = QMessageBox.question(
            self,
            self.tr("Finalise {year}").format(year=year),
            self.tr(
                "Finalise the community grading of {year}? Its grades become the announced "
                "ones and are not regraded until a clerk reopens the year with a reason."
            ).format(year=year),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        store = self._context.store
        self._context.runner.run(
            lambda _progress, _cancel: finalise_year(store, year),
            title=self.tr("Finalising {year}").format(year=year),
        )

    def reopen(self) -> None:
        year, store = self.year, self._context.store
        dialog = ReasonDialog(
            self._context,
            title=self.tr("Reopen {year}").format(year=year),
            prompt=self.tr(
                "Why must the finalised grades of {year} change? The reason is kept in the "
                "audit trail."
            ).format(year=year),
            save=lambda reason: reopen_year(store, year, reason),
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()

    def _graded(self, summary: GradingSummary) -> None:
        self.ui.grade_button.setEnabled(True)
        self.last_summary = summary

    def _dialog_closed(self) -> None:
        """Free the closed dialog; a bound slot, so no closure keeps its wrapper alive."""
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None
