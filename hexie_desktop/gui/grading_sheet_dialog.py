"""One source's community grading sheet: a score per indicator, checked against its maximum.

The score column is the only one that edits; a cell left empty means the indicator was not
scored. The running total shows how many indicators are filled and what they add up to, and a
score outside 0…maximum is marked and blocks saving.
"""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QDialogButtonBox, QHeaderView, QTableWidgetItem, QWidget

from hexie_desktop.gui.context import ScreenContext
from hexie_desktop.gui.editor_dialog import EditorDialog
from hexie_desktop.gui.forms.grading_sheet_dialog_ui import Ui_GradingSheetDialog
from hexie_desktop.gui.labels import QT_TRANSLATE_NOOP
from hexie_desktop.services.grading.sheets_view import SheetForm, save_grading_sheet

SCORE_COLUMN = 5
BAD_CELL = QColor("#f8d7da")
SOURCE_TITLES = {
    "district": QT_TRANSLATE_NOOP("GradingScreen", "District on-site check"),
    "third_party": QT_TRANSLATE_NOOP("GradingScreen", "Third-party monitoring"),
    "street": QT_TRANSLATE_NOOP("GradingScreen", "Street cross-check"),
}


def source_title(source: str) -> str:
    return QCoreApplication.translate("GradingScreen", SOURCE_TITLES[source])


class GradingSheetDialog(EditorDialog):
    def __init__(
        self, context: ScreenContext, form: SheetForm, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.ui = Ui_GradingSheetDialog()
        self.ui.setupUi(self)
        self.form = form
        self.setWindowTitle(self.tr("Grading sheet"))
        self.ui.header_label.setText(
            self.tr(
                "{community} · {year} · {source} · community standard version {version}"
            ).format(
                community=form.community,
                year=form.year,
                source=source_title(form.source),
                version=form.standard_version,
            )
        )
        table = self.ui.sheet_table
        headers = [
            self.tr("Part"),
            self.tr("Aspect"),
            self.tr("Code"),
            self.tr("Indicator"),
            self.tr("Maximum"),
            self.tr("Score"),
        ]
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(form.indicators))
        for row, indicator in enumerate(form.indicators):
            cells = (indicator.part, indicator.aspect, indicator.code, indicator.name)
            for column, text in enumerate((*cells, f"{indicator.max_points:g}")):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                table.setItem(row, column, item)
            score = form.scores.get(indicator.code)
            item = QTableWidgetItem("" if score is None else f"{score:g}")
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, SCORE_COLUMN, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        table.itemChanged.connect(self._recount)
        self.connect_buttons(self.ui.button_box, self._save)
        self.ui.error_label.hide()
        self._recount()
        table.setCurrentCell(0, SCORE_COLUMN)
        table.setFocus()

    def scores(self) -> tuple[dict[str, float], list[str]]:
        """The scores typed, and the codes whose cell is not a number within its maximum."""
        scores: dict[str, float] = {}
        bad: list[str] = []
        table = self.ui.sheet_table
        for row, indicator in enumerate(self.form.indicators):
            item = table.item(row, SCORE_COLUMN)
            text = item.text().strip() if item is not None else ""
            if not text:
                continue
            try:
                value = float(text)
            except ValueError:
                bad.append(indicator.code)
                continue
            if not 0 <= value <= indicator.max_points:
                bad.append(indicator.code)
            else:
                scores[indicator.code] = value
        return scores, bad

    def _recount(self) -> None:
        scores, bad = self.scores()
        table = self.ui.sheet_table
        table.blockSignals(True)
        for row, indicator in enumerate(self.form.indicators):
            item = table.item(row, SCORE_COLUMN)
            if item is not None:
                item.setBackground(QBrush(BAD_CELL) if indicator.code in bad else QBrush())
        table.blockSignals(False)
        total = sum(i.max_points for i in self.form.indicators)
        self.ui.total_label.setText(
            self.tr("{filled} of {count} indicators scored; total {points} of {total}").format(
                filled=len(scores),
                count=len(self.form.indicators),
                points=f"{sum(scores.values()):.2f}",
                total=f"{total:g}",
            )
        )
        if bad:
            self.ui.error_label.setText(
                self.tr(
                    "A score must be a number from 0 to the indicator's maximum: {codes}"
                ).format(codes="、".join(bad[:10]))
            )
        self.ui.error_label.setVisible(bool(bad))
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not bad)

    def _save(self) -> None:
        scores, bad = self.scores()
        if bad:
            return
        store, form = self.context.store, self.form
        self.run_save(
            lambda: save_grading_sheet(store, form, scores),
            title=self.tr("Saving the grading sheet"),
        )
