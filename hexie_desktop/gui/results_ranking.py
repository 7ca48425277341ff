"""The quarter's ranking as a table model: a few thousand stored rows held in memory.

A quarter has at most a few thousand firms, so the rows come whole from the service; sorting
orders them in Python on the stored values (never through `data()`), which takes milliseconds.
Numbers keep full precision here and are rounded to two decimals only when shown.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from hexie_desktop.gui.column_headers import column_header
from hexie_desktop.services.evaluation.results_view import ScoreTable

Index = QModelIndex | QPersistentModelIndex
Value = str | int | float | None


@dataclass(frozen=True)
class RankingRow:
    firm_id: str
    values: tuple[Value, ...]


def ranking_rows(table: ScoreTable, part_codes: Sequence[str]) -> list[RankingRow]:
    """Rank, firm, credit code, the parts, deductions, score and compounds inspected per firm."""
    rows = []
    for r in table.rows:
        rows.append(
            RankingRow(
                r.firm_id,
                (
                    r.rank,
                    r.name,
                    r.credit_code,
                    *(r.parts.get(part) for part in part_codes),
                    r.deductions,
                    r.score,
                    r.compounds_inspected,
                ),
            )
        )
    return rows


def sorted_rows(rows: Sequence[RankingRow], column: int, descending: bool) -> list[RankingRow]:
    """Rows ordered by one column's stored value; empty cells stay last in either direction."""
    present = [r for r in rows if r.values[column] is not None]
    present.sort(key=lambda r: r.values[column], reverse=descending)  # type: ignore[arg-type,return-value]
    return present + [r for r in rows if r.values[column] is None]


class RankingModel(QAbstractTableModel):
    # Empty until `set_rows`, also at class level: a header view being torn down with its screen
    # may still ask a model whose Python side is already gone, and must then hear "nothing".
    _headers: tuple[str, ...] = ()
    _rows: list[RankingRow] = []

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers: tuple[str, ...] = ()
        self._rows: list[RankingRow] = []

    def set_rows(
        self,
        headers: Sequence[str],
        rows: Sequence[RankingRow],
        column: int = 0,
        order: Qt.SortOrder = Qt.SortOrder.AscendingOrder,
    ) -> None:
        """New rows, already in the order of `column`: one reset, not a reset and a re-layout."""
        descending = order == Qt.SortOrder.DescendingOrder
        ordered = sorted_rows(rows, column, descending) if 0 <= column < len(headers) else rows
        self.beginResetModel()
        self._headers = tuple(headers)
        self._rows = list(ordered)
        self.endResetModel()

    def firm_id(self, row: int) -> str:
        return self._rows[row].firm_id

    def row_of(self, firm_id: str) -> int:
        return next((n for n, r in enumerate(self._rows) if r.firm_id == firm_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        value = self._rows[index.row()].values[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if isinstance(value, float):
                return f"{value:.2f}"
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, int | float):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        return column_header(self._headers, section, orientation, role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._headers):
            return
        self.layoutAboutToBeChanged.emit()
        before = [r.firm_id for r in self._rows]
        self._rows = sorted_rows(self._rows, column, order == Qt.SortOrder.DescendingOrder)
        moved = {firm_id: n for n, firm_id in enumerate(r.firm_id for r in self._rows)}
        old = self.persistentIndexList()
        self.changePersistentIndexList(
            old,
            [
                self.index(moved[before[i.row()]], i.column()) if i.isValid() else QModelIndex()
                for i in old
            ],
        )
        self.layoutChanged.emit()
