"""A screen showing one big listing: a filter box, a row count, and a lazily filled table.

Header clicks sort in SQL; typing filters in SQL after a short pause, so each keystroke of a
fast typist does not re-run the query.
"""

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QHeaderView, QWidget
from sqlmodel import SQLModel

from hexie_desktop.gui.context import ScreenContext
from hexie_desktop.gui.forms.list_screen_ui import Ui_ListScreen
from hexie_desktop.gui.keyboard import lead_down
from hexie_desktop.gui.table_model import ListingModel
from hexie_desktop.services.changes import Changes
from hexie_desktop.services.listings.master import Listing

FILTER_DELAY_MS = 150

CountText = Callable[[int, int], str]


class ListScreen(QWidget):
    def __init__(
        self,
        context: ScreenContext,
        *,
        title: str,
        listing: Listing,
        headers: Sequence[str],
        filter_hint: str,
        count_text: CountText,
        watched_tables: Sequence[type[SQLModel]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ListScreen()
        self.ui.setupUi(self)
        self._count_text = count_text
        self._watched = tuple(watched_tables)
        self.ui.title_label.setText(title)
        self.ui.filter_edit.setPlaceholderText(filter_hint)
        self.model = ListingModel(context.store, listing, headers, self)
        table = self.ui.record_table
        table.setModel(self.model)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self.model.sort)
        header.setDefaultSectionSize(160)
        header.resizeSection(0, 240)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self._apply_filter)
        self.ui.filter_edit.textChanged.connect(self._filter_timer.start)
        lead_down(self.ui.filter_edit, table)
        self.model.modelReset.connect(self._update_count)
        context.signals.operation_did_execute.connect(self._on_changes)
        self._update_count()

    def focus_filter(self) -> None:
        self.ui.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.filter_edit.selectAll()

    def _apply_filter(self) -> None:
        self.model.set_filter(self.ui.filter_edit.text())

    def _update_count(self) -> None:
        self.ui.count_label.setText(self._count_text(self.model.rowCount(), self.model.total))

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(*self._watched):
            self.model.refresh()
