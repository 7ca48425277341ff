"""Held records as a tree: one line per group (bundle, table, cause) with its count, its records
under it.

Groups are few and read whole; a group's record ids are read when it is first opened and its
lines a page at a time as the view shows them, so a group of 4,000 indicator scores opens at once
and is never 4,000 lines until the clerk asks for it.
"""

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtGui import QFont

from hexie_desktop.gui.column_headers import column_header
from hexie_desktop.gui.two_level_model import TOP, Index, TwoLevelModel
from hexie_desktop.services.listings.held_groups import (
    HeldGroup,
    HeldGroupKey,
    HeldRow,
    held_group_ids,
    held_groups,
    held_rows,
)
from hexie_desktop.services.store import Store

PAGE_ROWS = 200
CACHED_ROWS = 1000
COUNT_COLUMN, WORDS_COLUMN = 4, 5
"""The internal id of a group's index; a record's is its group's row plus one."""


def _group_cells(group: HeldGroup) -> tuple[Any, ...]:
    return (group.first_held, group.table, group.author, group.file, group.count, group.cause)


def _row_cells(row: HeldRow) -> tuple[Any, ...]:
    return (row.held_at, "", "", "", "", row.words)


class HeldTreeModel(TwoLevelModel):
    def __init__(self, store: Store, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._headers = tuple(headers)
        self._text = ""
        self._sort = (0, Qt.SortOrder.DescendingOrder)
        self._groups: list[HeldGroup] = []
        self._members: dict[int, list[int]] = {}
        self._rows: dict[int, HeldRow] = {}
        self.refresh()

    # --- what the screen asks ------------------------------------------------------------------

    @property
    def held_count(self) -> int:
        return sum(group.count for group in self._groups)

    def group_at(self, row: int) -> HeldGroup:
        return self._groups[row]

    @staticmethod
    def is_group(index: Index) -> bool:
        return index.isValid() and index.internalId() == TOP

    def held_id_at(self, index: Index) -> int:
        return self._members[index.internalId() - 1][index.row()]

    def ids_of(self, indexes: Sequence[Index]) -> tuple[list[int], list[HeldGroupKey]]:
        """The held records the rows stand for (a group for all of its own), and the groups."""
        keys = [self._groups[i.row()].key for i in indexes if self.is_group(i)]
        ids = dict.fromkeys(held_group_ids(self._store, keys))
        for index in indexes:
            if index.isValid() and not self.is_group(index):
                ids[self.held_id_at(index)] = None
        return list(ids), keys

    def refresh(self) -> None:
        self.beginResetModel()
        self._groups = held_groups(self._store, self._text)
        self._order_groups()
        self._members.clear()
        self._rows.clear()
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        if text != self._text:
            self._text = text
            self.refresh()

    def _order_groups(self) -> None:
        column, order = self._sort
        self._groups.sort(
            key=lambda group: _group_cells(group)[column],
            reverse=order == Qt.SortOrder.DescendingOrder,
        )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(self._headers) and (column, order) != self._sort:
            self._sort = (column, order)
            self.refresh()

    # --- the tree ------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if self.is_group(parent) and parent.column() == 0:
            return len(self._members.get(parent.row(), ()))
        return 0

    def columnCount(self, _parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(self._headers)

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        if not parent.isValid():
            return bool(self._groups)
        return self.is_group(parent) and parent.column() == 0

    def canFetchMore(self, parent: Index) -> bool:
        return self.is_group(parent) and parent.row() not in self._members

    def fetchMore(self, parent: Index) -> None:
        if not self.canFetchMore(parent):
            return
        ids = held_group_ids(self._store, [self._groups[parent.row()].key])
        if not ids:
            self._members[parent.row()] = []
            return
        self.beginInsertRows(parent, 0, len(ids) - 1)
        self._members[parent.row()] = ids
        self.endInsertRows()

    def _row(self, index: Index) -> HeldRow:
        members = self._members[index.internalId() - 1]
        held_id = members[index.row()]
        if held_id not in self._rows:
            if len(self._rows) > CACHED_ROWS:
                self._rows.clear()
            start = index.row() - index.row() % PAGE_ROWS
            self._rows.update(held_rows(self._store, members[start : start + PAGE_ROWS]))
        return self._rows[held_id]

    def _cells(self, index: Index) -> tuple[Any, ...]:
        if self.is_group(index):
            return _group_cells(self._groups[index.row()])
        return _row_cells(self._row(index))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            value = self._cells(index)[index.column()]
            if isinstance(value, int):
                return self.tr("{count} records").format(count=f"{value:,}")
            return str(value)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == WORDS_COLUMN:
            # The cause or the record's words, free text that a narrow window cuts short.
            return str(self._cells(index)[WORDS_COLUMN]) or None
        return self._look(index, role)

    def _look(self, index: Index, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and self.is_group(index):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == COUNT_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        return column_header(self._headers, section, orientation, role)
