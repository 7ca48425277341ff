"""A ticket's timeline as a small read-only table: when, which step, and the note of it."""

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt

from hexie_desktop.gui.complaint_labels import moment_text, state_label
from hexie_desktop.gui.table_model import Index
from hexie_desktop.services.complaints.ticket_view import TicketEvent


class TimelineModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._events: tuple[TicketEvent, ...] = ()
        self._headers = (
            QCoreApplication.translate("TimelineModel", "Time"),
            QCoreApplication.translate("TimelineModel", "Step"),
            QCoreApplication.translate("TimelineModel", "Note"),
        )

    def set_events(self, events: Sequence[TicketEvent]) -> None:
        self.beginResetModel()
        self._events = tuple(events)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._events)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._events):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        event = self._events[index.row()]
        return (moment_text(event.at), state_label(event.state.value), event.note)[index.column()]

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
