"""A read-only table model over rows already in memory: import previews, grading tables.

For lists of a few thousand rows that a service returns whole; the big master lists use the lazy
`ListingModel` instead. Numbers align right; a row may carry a tooltip and a text colour.
"""

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

Index = QModelIndex | QPersistentModelIndex
Cell = str | int | float | None

_SHORT = 20


class RowsModel(QAbstractTableModel):
    def __init__(self, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = tuple(headers)
        self._rows: list[tuple[Cell, ...]] = []
        self._colours: dict[int, QColor] = {}

    def set_rows(
        self, rows: Sequence[Sequence[Cell]], colours: dict[int, QColor] | None = None
    ) -> None:
        self.beginResetModel()
        self._rows = [tuple(row) for row in rows]
        self._colours = dict(colours or {})
        self.endResetModel()

    def row(self, number: int) -> tuple[Cell, ...]:
        return self._rows[number]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        value = self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if isinstance(value, float):
                return f"{value:.2f}"
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, int | float):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            # A long reason or name may be cut off by its column: the whole text on hovering.
            return value if isinstance(value, str) and len(value) > _SHORT else None
        return self._colours.get(index.row()) if role == Qt.ItemDataRole.ForegroundRole else None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None
