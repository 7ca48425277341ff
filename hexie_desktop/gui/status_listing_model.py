"""A listing whose rows carry a sheet status: shown in words and marked, so drafts stand out.

The status column holds the stored code ("draft", "submitted", or empty); this model shows it in
the window's language, and a draft row in bold with a coloured status cell (words and weight as
well as colour).
"""

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from hexie_desktop.domain.bureau_time import format_time
from hexie_desktop.domain.states import InspectionStatus
from hexie_desktop.gui.table_model import Index, ListingModel
from hexie_desktop.services.listings.master import Listing
from hexie_desktop.services.store import Store

DRAFT_BACKGROUND = QColor("#fff4d6")


class StatusListingModel(ListingModel):
    def __init__(
        self,
        store: Store,
        listing: Listing,
        headers: Sequence[str],
        status_labels: Mapping[str, str],
        parent: QObject | None = None,
    ) -> None:
        self._status_column = listing.columns.index("status")
        self._labels = dict(status_labels)
        super().__init__(store, listing, headers, parent)

    def is_draft(self, row: int) -> bool:
        return super().data(self.index(row, self._status_column)) == InspectionStatus.DRAFT

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        value = super().data(index, role)
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return value
        on_status = index.column() == self._status_column
        if role == Qt.ItemDataRole.DisplayRole and on_status:
            return self._labels.get(str(value), str(value))
        if role == Qt.ItemDataRole.DisplayRole:
            raw = self._row(index.row())[index.column()]
            if isinstance(raw, dt.datetime):
                return format_time(raw)
        if role == Qt.ItemDataRole.FontRole and self.is_draft(index.row()):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and on_status and self.is_draft(index.row()):
            return QBrush(DRAFT_BACKGROUND)
        return value
