"""Checking a printed report: does the database still give the report whose code is printed?

A QR payload names its report itself; a typed short code needs the report's kind and subject,
which the dialog fills in from the report open in the window.
"""

from PySide6.QtWidgets import QDialog, QWidget

from hexie_desktop.gui.forms.verify_dialog_ui import Ui_VerifyDialog
from hexie_desktop.gui.report_kinds import REPORT_KINDS, report_title
from hexie_desktop.gui.tasks import TaskRunner
from hexie_desktop.services.reporting.files import GeneratedReport
from hexie_desktop.services.reporting.printing import Verification, verify_report
from hexie_desktop.services.store import Store

MATCH_STYLE = "color: #1b6e20; font-weight: bold;"
MISMATCH_STYLE = "color: #b3261e; font-weight: bold;"


class VerifyDialog(QDialog):
    def __init__(
        self,
        store: Store,
        runner: TaskRunner,
        report: GeneratedReport | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_VerifyDialog()
        self.ui.setupUi(self)
        self._store = store
        self._runner = runner
        ui = self.ui
        for key, _title in REPORT_KINDS:
            ui.kind_combo.addItem(report_title(key), key)
        ui.code_edit.setPlaceholderText(self.tr("e.g. 9YQX-Q0ZP-YMNF, or HEXIE1|…"))
        ui.subject_hint_label.setText(
            self.tr(
                "A quarter (2026Q1), a year (2026), quarter/credit code for an interview "
                "notice, or credit code@date for a credit file. Not needed for a QR code."
            )
        )
        if report is not None:
            ui.kind_combo.setCurrentIndex(ui.kind_combo.findData(report.kind))
            ui.subject_edit.setText(report.subject)
        ui.check_button.clicked.connect(self.check)
        ui.close_button.clicked.connect(self.reject)
        ui.code_edit.setFocus()

    def check(self) -> None:
        ui = self.ui
        code = ui.code_edit.text().strip()
        if not code:
            self._show(self.tr("Type or paste the code first."), MISMATCH_STYLE)
            return
        kind = str(ui.kind_combo.currentData())
        subject = ui.subject_edit.text().strip()
        store = self._store
        ui.check_button.setEnabled(False)
        ui.result_label.clear()
        self._runner.run(
            lambda _progress, _cancel: verify_report(store, code, kind=kind, subject=subject),
            title=self.tr("Verify report"),
            on_success=self._checked,
            on_failure=lambda _error: ui.check_button.setEnabled(True),
        )

    def _checked(self, result: Verification) -> None:
        self.ui.check_button.setEnabled(True)
        title = report_title(result.request.kind)
        if result.matches:
            text = self.tr(
                "Genuine and current: this {report} ({subject}) matches the database; code {code}."
            ).format(report=title, subject=result.request.subject, code=result.current_code)
            self._show(text, MATCH_STYLE)
            return
        text = self.tr(
            "Does not match: the printout carries code {printed}, the database now gives {current}. "
            "The printout may have been altered, or the data changed since it was printed "
            "(for example the quarter was evaluated again)."
        ).format(printed=result.printed_code, current=result.current_code)
        self._show(text, MISMATCH_STYLE)

    def _show(self, text: str, style: str) -> None:
        self.ui.result_label.setStyleSheet(style)
        self.ui.result_label.setText(text)
