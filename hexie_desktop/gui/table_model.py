"""A table model over a listing query that stays fast at city scale.

It holds only the ids of the matching rows, in the order SQL sorted them, and fetches the shown
columns a page at a time as the view asks for them, keeping a few pages cached. Sorting and
filtering re-run the id query; nothing is sorted through `data()`.
"""

from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from hexie_desktop.gui.column_headers import column_header
from hexie_desktop.services.listings.master import Listing, ListingQuery, Row
from hexie_desktop.services.store import Store

PAGE_ROWS = 200
CACHED_ROWS = 600

Index = QModelIndex | QPersistentModelIndex


class ListingModel(QAbstractTableModel):
    def __init__(
        self,
        store: Store,
        listing: Listing,
        headers: Sequence[str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        if len(headers) != len(listing.columns):
            raise ValueError("one header per listing column")
        self._store = store
        self._listing = listing
        self._headers = tuple(headers)
        self._query = ListingQuery(sort=listing.columns[0])
        self._ids: list[str] = []
        self._cache: OrderedDict[str, Row] = OrderedDict()
        self._total = 0
        self.refresh()

    @property
    def query(self) -> ListingQuery:
        return self._query

    @property
    def total(self) -> int:
        """Rows in the listing before the filter: the "of N" in a count label."""
        return self._total

    def id_at(self, row: int) -> str:
        return self._ids[row]

    def refresh(self) -> None:
        """Re-read everything: after an operation changed the rows this listing shows."""
        self._total = self._listing.count(self._store)
        self._requery()

    def set_filter(self, text: str) -> None:
        if text != self._query.text:
            self._query = replace(self._query, text=text)
            self._requery()

    def _requery(self) -> None:
        self.beginResetModel()
        self._ids = self._listing.ids(self._store, self._query)
        self._cache.clear()
        self.endResetModel()

    def _row(self, row: int) -> Row:
        row_id = self._ids[row]
        cached = self._cache.get(row_id)
        if cached is not None:
            self._cache.move_to_end(row_id)
            return cached
        start = row - row % PAGE_ROWS
        page = self._listing.rows(self._store, self._ids[start : start + PAGE_ROWS])
        self._cache.update(page)
        while len(self._cache) > CACHED_ROWS:
            self._cache.popitem(last=False)
        return page[row_id]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            value = self._row(index.row())[index.column()]
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            value = self._row(index.row())[index.column()]
            if isinstance(value, int | float):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        return column_header(self._headers, section, orientation, role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._headers):
            return
        wanted = replace(
            self._query,
            sort=self._listing.columns[column],
            descending=order == Qt.SortOrder.DescendingOrder,
        )
        # The header's indicator and QTableView.sortByColumn may both ask for the same order.
        if wanted != self._query:
            self._query = wanted
            self._requery()
