"""The quarter's results: evaluate, rank, list, warn, chart, drill down, finalise and reopen.

Everything shown is the stored result of the last evaluation; "Evaluate" recomputes it on the
task runner with progress. A finalised quarter refuses evaluation in the service's own words,
which the error dialog shows; reopening asks for the reason the audit trail keeps.
"""

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import QHeaderView, QMessageBox, QTableView, QWidget

from hexie_desktop.domain.quarters import Quarter
from hexie_desktop.gui.badges import add_legend_below
from hexie_desktop.gui.charts import DistributionChart, TrendChart
from hexie_desktop.gui.context import ScreenContext
from hexie_desktop.gui.forms.results_screen_ui import Ui_ResultsScreen
from hexie_desktop.gui.lifetime import torn_down
from hexie_desktop.gui.results_drilldown import DrilldownDialog
from hexie_desktop.gui.results_labels import list_rule_label, local_time, warning_label
from hexie_desktop.gui.results_ranking import RankingModel, ranking_rows
from hexie_desktop.gui.results_reason_dialog import ReasonDialog
from hexie_desktop.gui.rows_model import RowsModel
from hexie_desktop.gui.spreadsheet_export import SpreadsheetExport
from hexie_desktop.services.bundles.readiness_view import finalise_readiness
from hexie_desktop.services.changes import Changes
from hexie_desktop.services.evaluation.evaluate import EvaluationSummary, evaluate_quarter
from hexie_desktop.services.evaluation.quarter_view import (
    QuarterResults,
    data_quarters,
    quarter_results,
)
from hexie_desktop.services.evaluation.quarters import finalise_quarter, reopen_quarter
from hexie_desktop.services.export.request import ExportRequest
from hexie_desktop.storage.tables import (
    Card,
    Complaint,
    Compound,
    CreditEntry,
    EvaluationRun,
    Firm,
    FirmListEntry,
    FirmQuarterScore,
    IndicatorScore,
    Inspection,
    Interview,
    Policy,
    QuarterStatus,
    Survey,
)

WATCHED = (
    EvaluationRun,
    FirmQuarterScore,
    FirmListEntry,
    Card,
    CreditEntry,
    Interview,
    QuarterStatus,
    Inspection,
    IndicatorScore,
    Firm,
    Compound,
    Survey,
    Complaint,
    Policy,
)
"""What the results show: the evaluation's tables and everything that makes them stale."""
RED_CARD = QColor("#b00020")
FITTED_ROWS = 200


def _table(view: QTableView, width: int = 110) -> None:
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setDefaultSectionSize(width)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    # A column fitted to its contents measures the rows in view and this many more: Qt's 1,000
    # asked the model for every cell of 1,000 rows on the UI thread each time the results came.
    view.horizontalHeader().setResizeContentsPrecision(FITTED_ROWS)


class ResultsScreen(QWidget):
    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ResultsScreen()
        self.ui.setupUi(self)
        self._context = context
        self.results: QuarterResults | None = None
        self.last_summary: EvaluationSummary | None = None
        self.dialog: QWidget | None = None
        self.drilldown: DrilldownDialog | None = None
        self.ranking = RankingModel(self)
        self.ui.ranking_table.setModel(self.ranking)
        self.ui.ranking_table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        list_headers = (
            self.tr("Place"),
            self.tr("Firm"),
            self.tr("Credit code"),
            self.tr("Score"),
            self.tr("Ranked on"),
            self.tr("Listed for"),
        )
        self.red = RowsModel(list_headers, self)
        self.black = RowsModel(list_headers, self)
        self.warnings = RowsModel(
            (
                self.tr("Firm"),
                self.tr("Credit code"),
                self.tr("Signal"),
                self.tr("Score"),
                self.tr("Last quarter"),
                self.tr("Projected next quarter"),
            ),
            self,
        )
        for view, model in (
            (self.ui.red_table, self.red),
            (self.ui.black_table, self.black),
            (self.ui.warning_table, self.warnings),
        ):
            view.setModel(model)
            _table(view)
        add_legend_below(
            self.ui.black_table,
            [(RED_CARD, self.tr("Red text: the firm was given a red card this quarter"))],
        )
        _table(self.ui.ranking_table, 96)
        self.distribution = DistributionChart(self.ui.charts_tab)
        self.trend = TrendChart(self.ui.charts_tab)
        self.ui.charts_layout.addWidget(self.distribution)
        self.ui.charts_layout.addWidget(self.trend)
        self._shortcuts()
        self.ui.quarter_combo.currentIndexChanged.connect(self.reload)
        self.ui.evaluate_button.clicked.connect(self.evaluate)
        self.ui.drill_button.clicked.connect(self.drill_down)
        self.ui.finalise_button.clicked.connect(self.finalise)
        self.ui.reopen_button.clicked.connect(self.reopen)
        self.ui.ranking_table.activated.connect(self._drill_at)
        self.spreadsheet = SpreadsheetExport(
            context, self.ui.export_button, self._export_request, self.ui.status_label.setText, self
        )
        self.ui.result_tabs.currentChanged.connect(self._enable_export)
        context.signals.operation_did_execute.connect(self._on_changes)
        self._disable()
        self._fill_quarters()

    def _export_request(self) -> ExportRequest | None:
        """The ranking tab exports the scores, the lists tab the red and black lists."""
        quarter, tab = self.quarter, self.ui.result_tabs.currentWidget()
        if quarter is None or self.results is None or self.results.scores is None:
            return None
        if tab is self.ui.ranking_tab:
            return ExportRequest("scores", quarter=quarter)
        if tab is self.ui.lists_tab:
            return ExportRequest("lists", quarter=quarter)
        return None

    def _enable_export(self) -> None:
        self.ui.export_button.setEnabled(self._export_request() is not None)

    def _shortcuts(self) -> None:
        for button, keys, tip in (
            (self.ui.evaluate_button, "Ctrl+E", self.tr("Evaluate the quarter again (Ctrl+E)")),
            (
                self.ui.drill_button,
                "Ctrl+D",
                self.tr("Follow the selected firm's score down to its sheets (Enter or Ctrl+D)"),
            ),
            (
                self.ui.finalise_button,
                "Ctrl+Shift+F",
                self.tr("Freeze the quarter's results (Ctrl+Shift+F)"),
            ),
            (
                self.ui.reopen_button,
                "Ctrl+Shift+O",
                self.tr("Unfreeze a finalised quarter, giving the reason (Ctrl+Shift+O)"),
            ),
        ):
            button.setShortcut(QKeySequence(keys))
            button.setToolTip(tip)

    @property
    def quarter(self) -> Quarter | None:
        data = self.ui.quarter_combo.currentData()
        return None if data is None else Quarter.parse(str(data))

    def _fill_quarters(self) -> None:
        current = self.ui.quarter_combo.currentData()
        combo = self.ui.quarter_combo
        combo.blockSignals(True)
        combo.clear()
        for q in data_quarters(self._context.store):
            combo.addItem(q, q)
        found = combo.findData(current)
        combo.setCurrentIndex(max(found, 0))
        combo.blockSignals(False)
        self.reload()

    def reload(self) -> None:
        quarter = self.quarter
        if quarter is None:
            self._disable()
            self.ui.status_label.setText(
                self.tr("No quarter has inspections yet. Merge the inspectors' bundles first.")
            )
            return
        store = self._context.store
        self._context.runner.run(
            lambda _progress, _cancel: quarter_results(store, quarter),
            title=self.tr("Reading the quarter's results"),
            on_success=self._show,
        )

    def _disable(self) -> None:
        for button in (
            self.ui.evaluate_button,
            self.ui.drill_button,
            self.ui.finalise_button,
            self.ui.reopen_button,
            self.ui.export_button,
        ):
            button.setEnabled(False)

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(*WATCHED):
            self._fill_quarters()

    def _show(self, results: QuarterResults) -> None:
        if torn_down(self.ui.quarter_combo, self.ui.status_label):
            return
        if self.quarter is None or results.state.quarter != str(self.quarter):
            return
        self.results = results
        state = results.state
        self.ui.finalise_button.setEnabled(state.evaluated_at is not None and not state.finalised)
        self.ui.reopen_button.setEnabled(state.finalised)
        self.ui.drill_button.setEnabled(results.scores is not None)
        self._enable_export()
        self.ui.evaluate_button.setEnabled(True)
        self.ui.evaluate_button.setText(
            self.tr("&Evaluate again") if state.evaluated_at else self.tr("&Evaluate")
        )
        self.ui.evaluate_button.setShortcut(QKeySequence("Ctrl+E"))
        self.ui.status_label.setText(self._status(results))
        stale = results.scores is not None and results.scores.freshness.stale
        self.ui.status_label.setStyleSheet(f"color: {RED_CARD.name()};" if stale else "")
        scored = results.scores.rows if results.scores else []
        codes = sorted(scored[0].parts) if scored else sorted(results.part_names)
        headers = (
            self.tr("Rank"),
            self.tr("Firm"),
            self.tr("Credit code"),
            *(results.part_names.get(c, c) for c in codes),
            self.tr("Deductions"),
            self.tr("Score"),
            self.tr("Compounds inspected"),
        )
        rows = ranking_rows(results.scores, codes) if results.scores else []
        header = self.ui.ranking_table.horizontalHeader()
        self.ranking.set_rows(
            headers, rows, header.sortIndicatorSection(), header.sortIndicatorOrder()
        )
        self.ui.ranking_table.resizeColumnToContents(1)
        self.ui.ranking_table.resizeColumnToContents(2)
        self._show_lists(results)
        self.distribution.set_bands(results.bands)
        self.trend.set_points(results.trend)

    def _show_lists(self, results: QuarterResults) -> None:
        lists = results.lists
        for model, entries in (
            (self.red, lists.red if lists else []),
            (self.black, lists.black if lists else []),
        ):
            model.set_rows(
                [
                    [
                        e.position,
                        e.name,
                        e.credit_code,
                        e.score,
                        e.metric,
                        list_rule_label(e.rule, e.credit_grade),
                    ]
                    for e in entries
                ],
                {n: RED_CARD for n, e in enumerate(entries) if e.red_card},
            )
        self.warnings.set_rows(
            [
                [
                    w.name,
                    w.credit_code,
                    warning_label(w.kind),
                    w.score,
                    w.previous,
                    w.projected,
                ]
                for w in (lists.warnings if lists else [])
            ]
        )
        for view in (self.ui.red_table, self.ui.black_table):
            view.setColumnWidth(0, 48)
            view.resizeColumnToContents(1)
            view.resizeColumnToContents(2)
            for column, width in ((3, 64), (4, 90)):
                view.setColumnWidth(column, width)
        self.ui.warning_table.resizeColumnToContents(0)
        self.ui.warning_table.resizeColumnToContents(1)
        self.ui.warning_table.setColumnWidth(2, 130)

    def _status(self, results: QuarterResults) -> str:
        state = results.state
        if state.evaluated_at is None:
            return self.tr("{quarter} has not been evaluated yet. Press Evaluate.").format(
                quarter=state.quarter
            )
        if state.finalised:
            text = self.tr("Finalised on {time} by {who}; the results are frozen.").format(
                time=local_time(state.finalised_at), who=state.finalised_by
            )
        else:
            text = self.tr("Provisional: the quarter is not finalised yet.")
            if state.reopen_reason:
                text += " " + self.tr("Reopened because: {reason}").format(
                    reason=state.reopen_reason
                )
        text += " " + self.tr(
            "Evaluated on {time} by {who} with policy version {policy} and standard "
            "version {standard}; {firms} firms ranked."
        ).format(
            time=local_time(state.evaluated_at),
            who=state.evaluated_by,
            policy=state.policy_version,
            standard=state.standard_versions or "—",
            firms=len(results.scores.rows) if results.scores else 0,
        )
        summary = self.last_summary
        if summary is not None and summary.quarter == state.quarter:
            text += "\n" + "；".join(summary.lines()[1:])
        scores = results.scores
        if scores is not None and scores.freshness.stale:
            text = (
                self.tr("Awaiting re-evaluation: {reason}. Press Evaluate.").format(
                    reason=scores.freshness.reason
                )
                + "\n"
                + text
            )
        return text

    def evaluate(self) -> None:
        quarter = self.quarter
        if quarter is None:
            return
        store = self._context.store
        self.ui.evaluate_button.setEnabled(False)
        self._context.runner.run(
            lambda progress, _cancel: evaluate_quarter(store, quarter, progress=progress),
            title=self.tr("Evaluating {quarter}").format(quarter=quarter),
            on_success=self._evaluated,
            on_failure=lambda _error: self.ui.evaluate_button.setEnabled(True),
        )

    def _evaluated(self, summary: EvaluationSummary) -> None:
        if torn_down(self.ui.evaluate_button):
            return
        self.ui.evaluate_button.setEnabled(True)
        self.last_summary = summary

    def _drill_at(self, index: QModelIndex) -> None:
        if index.isValid():
            self.ui.ranking_table.selectRow(index.row())
            self.drill_down()

    def drill_down(self) -> None:
        quarter = self.quarter
        index = self.ui.ranking_table.currentIndex()
        if quarter is None or not index.isValid():
            return
        # One dialog serves every drill-down of the screen: it is hidden between uses, not deleted.
        if self.drilldown is None:
            self.drilldown = DrilldownDialog(self._context, self)
            self.drilldown.finished.connect(lambda _result: setattr(self, "dialog", None))
        self.dialog = self.drilldown
        self.drilldown.load(quarter, self.ranking.firm_id(index.row()))
        self.drilldown.open()

    def finalise(self) -> None:
        quarter = self.quarter
        if quarter is None:
            return
        question = self.tr(
            "Finalise {quarter}? Its results are frozen: evaluation, cards and bundles can "
            "no longer change them until a clerk reopens the quarter with a reason."
        ).format(quarter=quarter)
        waiting = self._still_waiting()
        if waiting:
            question = "\n".join([self.tr("Still waiting:"), *waiting, "", question])
        answer = QMessageBox.question(
            self,
            self.tr("Finalise {quarter}").format(quarter=quarter),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No if waiting else QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        store = self._context.store
        self._context.runner.run(
            lambda _progress, _cancel: finalise_quarter(store, quarter),
            title=self.tr("Finalising {quarter}").format(quarter=quarter),
        )

    def _still_waiting(self) -> list[str]:
        """One line per thing finalising would leave out: held records, conflicts, lost bundles."""
        readiness = finalise_readiness(self._context.store)
        lines = []
        if readiness.held:
            lines.append(
                self.tr("· {count} held records are not decided (Pending Review)").format(
                    count=readiness.held
                )
            )
        if readiness.conflicts:
            lines.append(
                self.tr("· {count} conflicts are not reviewed (Pending Review)").format(
                    count=readiness.conflicts
                )
            )
        lines += [
            self.tr("· bundles No. {numbers} of {inspector} have not arrived").format(
                numbers="、".join(str(n) for n in missing.numbers), inspector=missing.inspector
            )
            for missing in readiness.missing
        ]
        return lines

    def reopen(self) -> None:
        quarter = self.quarter
        if quarter is None:
            return
        store = self._context.store
        dialog = ReasonDialog(
            self._context,
            title=self.tr("Reopen {quarter}").format(quarter=quarter),
            prompt=self.tr(
                "Why must the finalised results of {quarter} change? The reason is kept with "
                "the quarter and in the audit trail."
            ).format(quarter=quarter),
            save=lambda reason: reopen_quarter(store, quarter, reason),
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
