"""The inspection sheet as a two-level tree: the standard's parts, and their indicators below.

The model shows a `SheetView` from the service and never writes: an edit becomes a signal the
sheet window turns into a service call, and the fresh view comes back through `show_view`, which
repaints the cells in place so the cursor and the scroll position stay where the inspector is.
The call runs on the task runner's worker, maybe behind a merge, so what was typed is shown at
once (`propose`) until its save is done (`settle`).
Unscored and out-of-range scores carry a colour, an icon and words, never colour alone.
"""

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QApplication, QStyle

from hexie_desktop.gui.two_level_model import TOP, Index, TwoLevelModel
from hexie_desktop.services.fieldwork.sheet_view import IndicatorRow, PartRow, SheetView

INDICATOR, MAXIMUM, SCORE, DEDUCTIONS, NOTE, PHOTOS = range(6)
COLUMN_COUNT = 6

UNSCORED_BACKGROUND = QColor("#fff4d6")
OUT_OF_RANGE_BACKGROUND = QColor("#ffd9d6")
OUT_OF_RANGE_TEXT = QColor("#a40000")
PART_BACKGROUND = QColor("#e8eef6")


def number(value: float) -> str:
    """A score as an inspector writes it: 2.5, 3, never 3.0000."""
    return f"{value:.2f}".rstrip("0").rstrip(".")


class SheetModel(TwoLevelModel):
    score_edited = Signal(str, object)  # indicator id, float | None
    note_edited = Signal(str, str)  # indicator id, note

    def __init__(self, view: SheetView, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._view = view
        self._typed: dict[tuple[str, int], tuple[Any, int]] = {}
        self._headers = (
            QCoreApplication.translate("SheetModel", "Indicator"),
            QCoreApplication.translate("SheetModel", "Max"),
            QCoreApplication.translate("SheetModel", "Score"),
            QCoreApplication.translate("SheetModel", "Deductions"),
            QCoreApplication.translate("SheetModel", "Note"),
            QCoreApplication.translate("SheetModel", "Photos"),
        )

    @property
    def view(self) -> SheetView:
        return self._view

    def propose(self, indicator_id: str, column: int, value: Any) -> None:
        """Show a typed score or note at once, while its save waits for the worker."""
        _shown, waiting = self._typed.get((indicator_id, column), (None, 0))
        self._typed[(indicator_id, column)] = (value, waiting + 1)
        self._repaint(indicator_id, column)

    def settle(self, indicator_id: str, column: int) -> None:
        """One save of the cell is done; after the last one the cell shows the stored value."""
        value, waiting = self._typed.pop((indicator_id, column), (None, 0))
        if waiting > 1:
            self._typed[(indicator_id, column)] = (value, waiting - 1)
        self._repaint(indicator_id, column)

    def shown(self, indicator: IndicatorRow, column: int) -> Any:
        """The cell's value as the inspector sees it: typed and being saved, or stored."""
        typed = self._typed.get((indicator.id, column))
        if typed is not None:
            return typed[0]
        return indicator.score if column == SCORE else indicator.note

    def _repaint(self, indicator_id: str, column: int) -> None:
        index = self.indicator_index(indicator_id, column)
        if index.isValid():
            self.dataChanged.emit(index, index)

    def show_view(self, view: SheetView) -> None:
        """Show a fresh view of the same sheet without resetting (the standard does not change)."""
        same_shape = [len(p.indicators) for p in view.parts] == [
            len(p.indicators) for p in self._view.parts
        ]
        if not same_shape:
            self.beginResetModel()
            self._view = view
            self.endResetModel()
            return
        self._view = view
        last = COLUMN_COUNT - 1
        for row, part in enumerate(view.parts):
            self.dataChanged.emit(self.index(row, 0), self.index(row, last))
            if part.indicators:
                parent = self.index(row, 0)
                self.dataChanged.emit(
                    self.index(0, 0, parent), self.index(len(part.indicators) - 1, last, parent)
                )

    def part_at(self, index: Index) -> PartRow | None:
        if not index.isValid() or index.internalId() != TOP:
            return None
        return self._view.parts[index.row()]

    def indicator_at(self, index: Index) -> IndicatorRow | None:
        if not index.isValid() or index.internalId() == TOP:
            return None
        return self._view.parts[index.internalId() - 1].indicators[index.row()]

    def indicator_index(self, indicator_id: str, column: int = SCORE) -> QModelIndex:
        for part_row, part in enumerate(self._view.parts):
            for row, indicator in enumerate(part.indicators):
                if indicator.id == indicator_id:
                    return self.index(row, column, self.index(part_row, 0))
        return QModelIndex()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._view.parts)
        if parent.internalId() == TOP and parent.column() == 0:
            return len(self._view.parts[parent.row()].indicators)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        del parent
        return COLUMN_COUNT

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.internalId() == TOP:
            return flags
        flags |= Qt.ItemFlag.ItemIsDropEnabled
        if self._view.editable and index.column() in (SCORE, NOTE):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        part = self.part_at(index)
        if part is not None:
            return self._part_data(part, index.column(), role)
        indicator = self.indicator_at(index)
        return None if indicator is None else self._indicator_data(indicator, index.column(), role)

    def _part_data(self, part: PartRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            unscored = sum(1 for i in part.indicators if not i.scored)
            return {
                INDICATOR: f"{part.code}  {part.name}",
                MAXIMUM: number(part.max_points),
                SCORE: number(part.points),
                DEDUCTIONS: QCoreApplication.translate("SheetModel", "{count} not scored").format(
                    count=unscored
                )
                if unscored
                else "",
                PHOTOS: str(sum(i.photos for i in part.indicators) or ""),
            }.get(column)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(PART_BACKGROUND)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (MAXIMUM, SCORE, PHOTOS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _indicator_data(self, indicator: IndicatorRow, column: int, role: int) -> Any:
        if (indicator.id, column) in self._typed and role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.EditRole,
        ):
            return self._typed_text(indicator, column, role)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(indicator, column)
        if role == Qt.ItemDataRole.EditRole:
            edited = {SCORE: "" if indicator.score is None else number(indicator.score)}
            return {**edited, NOTE: indicator.note}.get(column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(indicator, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (MAXIMUM, SCORE, PHOTOS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return self._score_mark(indicator, role) if column == SCORE else None

    def _typed_text(self, indicator: IndicatorRow, column: int, role: int) -> str:
        value = self.shown(indicator, column)
        if column == NOTE:
            return str(value)
        if value is None:
            return (
                ""
                if role == Qt.ItemDataRole.EditRole
                else QCoreApplication.translate("SheetModel", "not scored")
            )
        return number(value)

    def _score_mark(self, indicator: IndicatorRow, role: int) -> Any:
        """How a score cell shows trouble: colour, an icon and an italic "not scored".

        A typed score being saved is shown plain until the stored one, with its marks, is back.
        """
        if (indicator.id, SCORE) in self._typed:
            return None
        if indicator.out_of_range:
            marks: dict[int, Any] = {
                Qt.ItemDataRole.BackgroundRole: QBrush(OUT_OF_RANGE_BACKGROUND),
                Qt.ItemDataRole.ForegroundRole: QBrush(OUT_OF_RANGE_TEXT),
                Qt.ItemDataRole.DecorationRole: QApplication.style().standardIcon(
                    QStyle.StandardPixmap.SP_MessageBoxWarning
                ),
            }
            return marks.get(role)
        if indicator.scored:
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(UNSCORED_BACKGROUND)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def _display(self, indicator: IndicatorRow, column: int) -> str | None:
        if column == SCORE:
            if indicator.score is None:
                return QCoreApplication.translate("SheetModel", "not scored")
            if indicator.out_of_range:
                return QCoreApplication.translate("SheetModel", "{score} > max").format(
                    score=number(indicator.score)
                )
            return number(indicator.score)
        return {
            INDICATOR: f"{indicator.code}  {indicator.name}",
            MAXIMUM: number(indicator.max_points),
            DEDUCTIONS: indicator.deduction_text(),
            NOTE: indicator.note,
            PHOTOS: str(indicator.photos) if indicator.photos else "",
        }.get(column)

    def _tooltip(self, indicator: IndicatorRow, column: int) -> str | None:
        if column == SCORE and indicator.out_of_range:
            return QCoreApplication.translate(
                "SheetModel",
                "The score {score} is above the maximum {max}; correct it before submitting.",
            ).format(score=number(indicator.score or 0.0), max=number(indicator.max_points))
        if column == SCORE and not indicator.scored:
            return QCoreApplication.translate(
                "SheetModel", "Not scored yet: type a score, or Ctrl+D to pick deductions."
            )
        if column == DEDUCTIONS and indicator.deductions:
            described = {o.code: o for o in indicator.options}
            return "\n".join(
                f"{d.code} {described[d.code].description if d.code in described else ''} "
                f"−{number(described[d.code].points if d.code in described else 0.0)} × {d.count}"
                for d in indicator.deductions
            )
        if column == INDICATOR:
            return indicator.guidance or None
        if column == NOTE and indicator.note:
            return indicator.note
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        indicator = self.indicator_at(index)
        if indicator is None or role != Qt.ItemDataRole.EditRole or not self._view.editable:
            return False
        text = str(value).strip().replace(",", ".").replace("，", ".")
        if index.column() == SCORE:
            try:
                score = None if not text else float(text)
            except ValueError:
                return False
            if score != self.shown(indicator, SCORE):
                self.score_edited.emit(indicator.id, score)
            return True
        if index.column() == NOTE:
            if text != self.shown(indicator, NOTE):
                self.note_edited.emit(indicator.id, text)
            return True
        return False

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < COLUMN_COUNT
        ):
            return self._headers[section]
        return None
