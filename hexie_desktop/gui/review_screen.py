"""Pending Review (待审核): the clerk decides what bundles could not apply on their own authority.

Held records are listed in groups (one bundle, one table, one cause) with their counts; a group
opens to its records, each named by what it is about, and the one selected is shown field by
field beside the record in force. Accept applies the selection through the merge engine; reject
needs a reason; deciding whole groups asks first, with the count. Conflicts (versions that lost
to someone else's edit, kept) are compared the same way and marked reviewed. Every decision is
audited by the review service.
"""

import datetime as dt
from collections.abc import Callable
from typing import Any

import orjson
from PySide6.QtCore import QItemSelection, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableView,
    QTreeView,
    QWidget,
)

from hexie_desktop.domain.bureau_time import format_time, stamp_time
from hexie_desktop.gui.context import ScreenContext
from hexie_desktop.gui.forms.review_screen_ui import Ui_ReviewScreen
from hexie_desktop.gui.held_tree_model import WORDS_COLUMN, HeldTreeModel
from hexie_desktop.gui.keyboard import lead_down
from hexie_desktop.gui.lifetime import torn_down
from hexie_desktop.gui.results_labels import yes_no_label
from hexie_desktop.gui.rows_model import RowsModel
from hexie_desktop.gui.table_model import ListingModel
from hexie_desktop.services.bundles.review import (
    ReviewItem,
    ReviewOutcome,
    accept_held,
    conflict_item,
    held_item,
    mark_conflicts_reviewed,
    pending_counts,
    reject_held,
)
from hexie_desktop.services.changes import Changed, Changes
from hexie_desktop.services.listings.held_groups import HeldGroup, HeldGroupKey
from hexie_desktop.services.listings.review import ConflictListing, field_label
from hexie_desktop.storage.tables import HeldRecord, RecordHistory

FILTER_DELAY_MS = 150
HELD_TAB, CONFLICT_TAB = 0, 1
DIFFERS_COLOUR = QColor("#a15c00")


def _deductions(value: list[Any]) -> str | None:
    """A score's itemised deductions as the sheet names them: code and points."""
    if not all(isinstance(item, dict) and "code" in item for item in value):
        return None
    return "；".join(f"{item['code']} 扣 {item.get('points', '—')} 分" for item in value) or "—"


def _moment(value: str) -> str | None:
    """A time as it travels (ISO text, UTC) in the bureau's zone; None for other text."""
    if len(value) < 19 or value[10] != "T":
        return None
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    return format_time(moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC))


def shown_value(name: str, value: Any, names: dict[str, str]) -> str:
    """A field's value as a clerk reads it: the name of what an id points at, times in the
    bureau's zone, deductions by their codes."""
    if value is None:
        return "—"
    if isinstance(value, str):
        return names.get(value) or _moment(value) or value
    if isinstance(value, bool):
        return yes_no_label(value)
    if name == "hlc" and isinstance(value, int):
        return format_time(stamp_time(value), seconds=True)
    if isinstance(value, dict | list):
        listed = _deductions(value) if isinstance(value, list) else None
        return listed if listed is not None else orjson.dumps(value).decode()
    return str(value)


class ReviewScreen(QWidget):
    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ReviewScreen()
        self.ui.setupUi(self)
        self.setObjectName("review_screen")
        self._context = context
        self.item: ReviewItem | None = None
        ui = self.ui
        self.held_model = HeldTreeModel(
            context.store,
            (
                self.tr("Held at"),
                self.tr("Table"),
                self.tr("Sent by"),
                self.tr("Bundle file"),
                self.tr("Records"),
                self.tr("Why held / record"),
            ),
            self,
        )
        self.conflict_model = ListingModel(
            context.store,
            ConflictListing(),
            (
                self.tr("Recorded at"),
                self.tr("Table"),
                self.tr("Record"),
                self.tr("Losing version by"),
                self.tr("Bundle file"),
            ),
            self,
        )
        self.diff_model = RowsModel(
            (self.tr("Field"), self.tr("In force now"), self.tr("Held / losing version")), self
        )
        self._set_up_table(ui.held_table, self.held_model, 3)
        ui.held_table.activated.connect(self._open_group)
        self.held_model.modelReset.connect(self._fit_held_columns)
        ui.held_table.expanded.connect(lambda _group: ui.held_table.resizeColumnToContents(0))
        self._fit_held_columns()
        self._set_up_table(ui.conflict_table, self.conflict_model, 2)
        ui.diff_table.setModel(self.diff_model)
        ui.diff_table.verticalHeader().hide()
        ui.diff_table.verticalHeader().setDefaultSectionSize(
            ui.diff_table.fontMetrics().height() + 8
        )
        ui.diff_table.horizontalHeader().setStretchLastSection(True)
        ui.screen_splitter.setStretchFactor(0, 1)
        ui.screen_splitter.setStretchFactor(1, 1)
        ui.filter_edit.setPlaceholderText(self.tr("Filter by table, reason or inspector"))
        ui.reason_edit.setPlaceholderText(
            self.tr("Why you decide so: required to reject, kept in the audit trail")
        )
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self._apply_filter)
        ui.filter_edit.textChanged.connect(self._filter_timer.start)
        lead_down(ui.filter_edit, lambda: self._current()[0])
        ui.review_tabs.currentChanged.connect(self._tab_changed)
        ui.differences_check.toggled.connect(self._show_item)
        self._action(ui.accept_button, "Ctrl+Return", self.accept_selected)
        self._action(ui.reject_button, "Ctrl+Shift+J", self.reject_selected)
        self._action(ui.reviewed_button, "Ctrl+Shift+R", self.mark_reviewed)
        context.signals.operation_did_execute.connect(self._on_changes)
        self._update_counts()
        self._tab_changed(HELD_TAB)

    def _set_up_table(
        self, table: QAbstractItemView, model: ListingModel | HeldTreeModel, stretch: int
    ) -> None:
        table.setModel(model)
        if isinstance(table, QTreeView):
            header = table.header()
        else:
            assert isinstance(table, QTableView)
            header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSortIndicatorShown(True)
        header.sortIndicatorChanged.connect(model.sort)
        header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        header.setDefaultSectionSize(150)
        header.resizeSection(stretch, 360)
        header.setStretchLastSection(True)
        if isinstance(table, QTableView):
            table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        model.modelReset.connect(self._selection_changed)

    def _action(self, button: QPushButton, keys: str, slot: Callable[[], None]) -> None:
        sequence = QKeySequence(keys)
        action = QAction(button.text(), self)
        action.setShortcut(sequence)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        button.clicked.connect(slot)
        button.setToolTip(
            self.tr("{action} ({keys})").format(
                action=button.text().replace("&", ""),
                keys=sequence.toString(QKeySequence.SequenceFormat.NativeText),
            )
        )

    def focus_filter(self) -> None:
        self.ui.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.filter_edit.selectAll()

    @property
    def on_held(self) -> bool:
        return self.ui.review_tabs.currentIndex() == HELD_TAB

    def _current(self) -> tuple[QAbstractItemView, ListingModel | HeldTreeModel]:
        if self.on_held:
            return self.ui.held_table, self.held_model
        return self.ui.conflict_table, self.conflict_model

    def _selection(self) -> tuple[list[int], list[HeldGroupKey]]:
        """The selected records (a group standing for all of its own) and the selected groups."""
        if self.on_held:
            return self.held_model.ids_of(self.ui.held_table.selectionModel().selectedRows())
        table = self.ui.conflict_table
        rows = sorted(index.row() for index in table.selectionModel().selectedRows())
        return [int(self.conflict_model.id_at(row)) for row in rows], []

    def selected_ids(self) -> list[int]:
        return self._selection()[0]

    def _fit_held_columns(self) -> None:
        """Every column but the cause as wide as its content: the cause takes what is left."""
        tree = self.ui.held_table
        if torn_down(tree):
            return
        for column in range(WORDS_COLUMN):
            tree.resizeColumnToContents(column)

    def _open_group(self, index: QModelIndex) -> None:
        """Enter on a group opens it (or closes it again); on a record, nothing more to open."""
        if HeldTreeModel.is_group(index):
            tree = self.ui.held_table
            group = index.siblingAtColumn(0)
            tree.setExpanded(group, not tree.isExpanded(group))

    def _apply_filter(self) -> None:
        self._current()[1].set_filter(self.ui.filter_edit.text())

    def _tab_changed(self, _index: int) -> None:
        ui = self.ui
        ui.accept_button.setVisible(self.on_held)
        ui.reject_button.setVisible(self.on_held)
        ui.reviewed_button.setVisible(not self.on_held)
        self._current()[1].set_filter(ui.filter_edit.text())
        self._selection_changed()

    def _update_counts(self) -> None:
        held, conflicts = pending_counts(self._context.store)
        tabs = self.ui.review_tabs
        tabs.setTabText(HELD_TAB, self.tr("Held records ({count})").format(count=held))
        tabs.setTabText(CONFLICT_TAB, self.tr("Conflicts ({count})").format(count=conflicts))

    def _selection_changed(
        self, _selected: QItemSelection | None = None, _deselected: QItemSelection | None = None
    ) -> None:
        if torn_down(self.ui.accept_button, self.ui.reject_button, self.ui.reviewed_button):
            return
        ids, groups = self._selection()
        for button in (self.ui.accept_button, self.ui.reject_button, self.ui.reviewed_button):
            button.setEnabled(bool(ids))
        if len(ids) != 1 or groups:
            self.item = None
            self.diff_model.set_rows([])
            self.ui.detail_label.setText(self._empty_detail(len(ids), groups))
            return
        store = self._context.store
        self.item = held_item(store, ids[0]) if self.on_held else conflict_item(store, ids[0])
        self._show_item()

    def _empty_detail(self, selected: int, groups: list[HeldGroupKey]) -> str:
        if len(groups) == 1 and selected:
            group = self._selected_group()
            return self.tr(
                "{count} held records of {table} sent by {author} in {file}\nWhy: {reason}\n"
                "A decision applies to the whole group; open it (→ or Enter) to see its records "
                "one by one."
            ).format(
                count=f"{selected:,}",
                table=group.table,
                author=group.author or "—",
                file=group.file or "—",
                reason=group.cause,
            )
        if groups:
            return self.tr(
                "{count} records in {groups} groups selected; a decision applies to all of them."
            ).format(count=f"{selected:,}", groups=len(groups))
        if selected:
            return self.tr("{count} records selected; a decision applies to all of them.").format(
                count=selected
            )
        if self._current()[1].rowCount() == 0:
            if self.on_held:
                return self.tr("No held records: every merged bundle applied on its own authority.")
            return self.tr("No conflicts waiting for review.")
        return self.tr("Select a record to compare it with the record in force.")

    def _selected_group(self) -> HeldGroup:
        rows = self.ui.held_table.selectionModel().selectedRows()
        group = next(index for index in rows if HeldTreeModel.is_group(index))
        return self.held_model.group_at(group.row())

    def _confirmed(self, verb: str, ids: list[int], groups: list[HeldGroupKey]) -> bool:
        """Deciding whole groups asks first, with what it decides: a group can be thousands."""
        if not groups:
            return True
        question = self.tr("{verb} {count} held records in {groups} groups?").format(
            verb=verb, count=f"{len(ids):,}", groups=len(groups)
        )
        answer = QMessageBox.question(
            self,
            self.tr("Pending Review"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _show_item(self) -> None:
        item = self.item
        if item is None:
            return
        if item.current is None:
            state = self.tr("This record does not exist here yet; accepting it adds it.")
        else:
            state = self.tr("{count} fields differ from the record in force.").format(
                count=len(item.differences)
            )
        self.ui.detail_label.setText(
            self.tr("{table} · sent by {author} · {file}\nWhy: {reason}\n{state}").format(
                table=item.table_title,
                author=item.author or "—",
                file=item.file_name or "—",
                reason=item.reason,
                state=state,
            )
        )
        only = self.ui.differences_check.isChecked()
        pairs = [p for p in item.fields if p.differs or not only]
        colours = {n: DIFFERS_COLOUR for n, pair in enumerate(pairs) if pair.differs}
        self.diff_model.set_rows(
            [
                (
                    field_label(p.name),
                    shown_value(p.name, p.current, item.names),
                    shown_value(p.name, p.proposed, item.names),
                )
                for p in pairs
            ],
            colours,
        )
        self.ui.diff_table.resizeColumnsToContents()

    # --- decisions ----------------------------------------------------------------------------

    def _decide(self, title: str, work: Callable[[], Changed[ReviewOutcome]]) -> None:
        self._context.runner.run(
            lambda _progress, _cancel: work(),
            title=title,
            on_success=self._decided,
        )

    def accept_selected(self) -> None:
        ids, groups = self._selection()
        if not ids or not self.on_held or not self._confirmed(self.tr("Accept"), ids, groups):
            return
        store, note = self._context.store, self.ui.reason_edit.text()
        self._decide(self.tr("Accepting held records"), lambda: accept_held(store, ids, note))

    def reject_selected(self) -> None:
        ids, groups = self._selection()
        if not ids or not self.on_held:
            return
        reason = self.ui.reason_edit.text().strip()
        if not reason:
            self.ui.status_label.setText(self.tr("Type the reason for rejecting first."))
            self.ui.reason_edit.setFocus()
            return
        if not self._confirmed(self.tr("Reject"), ids, groups):
            return
        store = self._context.store
        self._decide(self.tr("Rejecting held records"), lambda: reject_held(store, ids, reason))

    def mark_reviewed(self) -> None:
        ids = self.selected_ids()
        if not ids or self.on_held:
            return
        store, note = self._context.store, self.ui.reason_edit.text()
        self._decide(
            self.tr("Marking conflicts reviewed"),
            lambda: mark_conflicts_reviewed(store, ids, note),
        )

    def _decided(self, outcome: ReviewOutcome) -> None:
        results = outcome.results
        self.ui.reason_edit.clear()
        if "rejected" in results:
            text = self.tr("Rejected {count} records.").format(count=outcome.decided)
        elif "reviewed" in results:
            text = self.tr("Marked {count} conflicts reviewed.").format(count=outcome.decided)
        else:
            text = self.tr(
                "Accepted {count} records: {inserted} added, {updated} changed, {kept} kept as "
                "history because a later version is in force."
            ).format(
                count=outcome.decided,
                inserted=results.get("inserted", 0),
                updated=results.get("updated", 0),
                kept=results.get("kept_as_history", 0),
            )
            if outcome.restamped:
                text += " " + self.tr(
                    "{count} of them were stamped in the future by a wrong clock and were stamped "
                    "again with this computer's clock."
                ).format(count=outcome.restamped)
        self.ui.status_label.setText(text)

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(HeldRecord, RecordHistory):
            self.held_model.refresh()
            self.conflict_model.refresh()
            self._update_counts()
