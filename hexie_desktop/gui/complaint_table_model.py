"""The ticket list's model: the lazy listing model, showing states, times and lateness as words.

Rows still come a page at a time from SQL; only how a cell reads changes here (a state's name,
a time to the minute, an overdue ticket marked and coloured).
"""

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor

from hexie_desktop.gui.complaint_labels import moment_text, state_label
from hexie_desktop.gui.table_model import Index, ListingModel
from hexie_desktop.services.listings.complaints import (
    COMPLAINT_COLUMNS,
    ComplaintFilter,
    ComplaintListing,
)
from hexie_desktop.services.store import Store

STATE_COLUMN = COMPLAINT_COLUMNS.index("state")
OVERDUE_COLUMN = COMPLAINT_COLUMNS.index("overdue")
RECEIVED_COLUMN = COMPLAINT_COLUMNS.index("received_at")
OVERDUE_COLOUR = QColor("#b00020")


class ComplaintTableModel(ListingModel):
    def __init__(
        self,
        store: Store,
        listing: ComplaintListing,
        headers: Sequence[str],
        overdue_mark: str,
        parent: QObject | None = None,
    ) -> None:
        self._complaints = listing
        self._overdue_mark = overdue_mark
        super().__init__(store, listing, headers, parent)

    @property
    def filter(self) -> ComplaintFilter:
        return self._complaints.filter

    def set_structured_filter(self, **changes: Any) -> None:
        """Change state, category, firm or lateness of the filter, and re-run the id query."""
        chosen = replace(self._complaints.filter, **changes)
        if chosen != self._complaints.filter:
            self._complaints.filter = chosen
            self.refresh()

    def _is_overdue(self, row: int) -> bool:
        return bool(self._row(row)[OVERDUE_COLUMN])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(self._row(index.row())[index.column()], index.column())
        if role == Qt.ItemDataRole.ForegroundRole and self._is_overdue(index.row()):
            return QBrush(OVERDUE_COLOUR)
        return None

    def _display(self, value: Any, column: int) -> str:
        if column == STATE_COLUMN:
            return state_label(str(value))
        if column == OVERDUE_COLUMN:
            return self._overdue_mark if value else ""
        if isinstance(value, dt.datetime):
            return moment_text(value)
        return "" if value is None else str(value)
