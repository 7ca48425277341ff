"""A model of two levels, groups above their members, as the sheet and the review queue show.

Neither level needs an object per index: a group's index carries `TOP` as its internal id and a
member's carries its group's row plus one, so finding a member's group is arithmetic.
"""

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex

Index = QModelIndex | QPersistentModelIndex

TOP = 0


class TwoLevelModel(QAbstractItemModel):
    """`index` and `parent` for a tree whose top rows are groups and whose members sit below."""

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, TOP)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == TOP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, TOP)
