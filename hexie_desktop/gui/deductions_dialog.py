"""Picking an indicator's itemised deductions and how often each applies; the score follows.

The way inspectors actually score: tick what is wrong, and the indicator is its maximum less what
was ticked (never below zero), computed by the same rule the evaluation uses.
"""

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QWidget

from hexie_desktop.domain.evaluation.sheet import indicator_score
from hexie_desktop.domain.standard import DeductionSpec, IndicatorSpec
from hexie_desktop.gui.forms.deductions_dialog_ui import Ui_DeductionsDialog
from hexie_desktop.gui.sheet_model import number
from hexie_desktop.services.fieldwork.sheet_view import IndicatorRow

Index = QModelIndex | QPersistentModelIndex
CODE, DESCRIPTION, POINTS, COUNT = range(4)
MAX_COUNT = 99


class DeductionsModel(QAbstractTableModel):
    def __init__(self, indicator: IndicatorRow, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._options = indicator.options
        applied = {d.code: d.count for d in indicator.deductions}
        self.counts = [applied.get(o.code, 0) for o in self._options]
        self._headers = (self.tr("Code"), self.tr("Deduction"), self.tr("Points"), self.tr("Times"))

    def applied(self) -> list[dict[str, Any]]:
        return [
            {"code": o.code, "count": n}
            for o, n in zip(self._options, self.counts, strict=True)
            if n
        ]

    def change(self, row: int, delta: int) -> None:
        if 0 <= row < len(self.counts):
            self.setData(self.index(row, COUNT), self.counts[row] + delta)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._options)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == COUNT else flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._options):
            return None
        option = self._options[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == COUNT:
                count = self.counts[index.row()]
                return count if role == Qt.ItemDataRole.EditRole else str(count or "")
            return {
                CODE: option.code,
                DESCRIPTION: option.description,
                POINTS: "−" + number(option.points),
            }.get(column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (POINTS, COUNT):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != COUNT or role != Qt.ItemDataRole.EditRole:
            return False
        try:
            count = int(str(value).strip() or 0)
        except ValueError:
            return False
        self.counts[index.row()] = max(0, min(MAX_COUNT, count))
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), COUNT))
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None


class DeductionsDialog(QDialog):
    def __init__(self, indicator: IndicatorRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DeductionsDialog()
        self.ui.setupUi(self)
        self._spec = IndicatorSpec(
            indicator.code,
            indicator.name,
            indicator.max_points,
            tuple(DeductionSpec(o.code, o.description, o.points) for o in indicator.options),
        )
        self.ui.indicator_label.setText(
            self.tr("{code} {name} (max {max})").format(
                code=indicator.code, name=indicator.name, max=number(indicator.max_points)
            )
        )
        self.model = DeductionsModel(indicator, self)
        table = self.ui.deduction_table
        table.setModel(self.model)
        header = table.horizontalHeader()
        header.setSectionResizeMode(DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        for column in (CODE, POINTS, COUNT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        table.installEventFilter(self)
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)
        self.model.dataChanged.connect(self._show_score)
        self._show_score()
        table.setCurrentIndex(self.model.index(0, COUNT))
        table.setFocus()

    def score(self) -> float:
        counts = {item["code"]: item["count"] for item in self.model.applied()}
        return indicator_score(self._spec, counts)

    def _show_score(self) -> None:
        self.ui.score_label.setText(self.tr("Score: {score}").format(score=number(self.score())))

    def eventFilter(self, watched: QObject, event: Any) -> bool:
        if watched is self.ui.deduction_table and isinstance(event, QKeyEvent):
            step = {Qt.Key.Key_Plus: 1, Qt.Key.Key_Space: 1, Qt.Key.Key_Minus: -1}.get(
                Qt.Key(event.key())
            )
            if step is not None and event.type() == QKeyEvent.Type.KeyPress:
                self.model.change(self.ui.deduction_table.currentIndex().row(), step)
                return True
        return super().eventFilter(watched, event)
