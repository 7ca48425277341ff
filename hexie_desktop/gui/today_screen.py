"""今日工作: this quarter's compounds still to score, narrowed by street, firm and text.

Enter (or a double click) starts the compound's sheet, or reopens the draft already begun, in
its own window; submitting it takes the compound off this list.
"""

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QComboBox, QHeaderView, QWidget

from hexie_desktop.domain.states import InspectionStatus
from hexie_desktop.gui.context import ScreenContext
from hexie_desktop.gui.forms.today_screen_ui import Ui_TodayScreen
from hexie_desktop.gui.inspection_sheet import InspectionSheet, open_sheet
from hexie_desktop.gui.keyboard import lead_down
from hexie_desktop.gui.status_listing_model import StatusListingModel
from hexie_desktop.services.changes import Changes
from hexie_desktop.services.fieldwork.inspections import start_inspection
from hexie_desktop.services.listings.fieldwork import Choice, TodayListing, today_scopes
from hexie_desktop.storage.tables import Community, Compound, Contract, Firm, Inspection, Street

FILTER_DELAY_MS = 150
WATCHED = (Inspection, Compound, Community, Street, Contract, Firm)


class TodayScreen(QWidget):
    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_TodayScreen()
        self.ui.setupUi(self)
        self.setObjectName("today_screen")
        self._context = context
        self.sheet: InspectionSheet | None = None
        self.listing = TodayListing(context.identity.id)
        self.ui.title_label.setText(
            self.tr("Today's Work · {quarter}").format(quarter=self.listing.quarter)
        )
        self.model = StatusListingModel(
            context.store,
            self.listing,
            (
                self.tr("Compound"),
                self.tr("Street"),
                self.tr("Community"),
                self.tr("Firm"),
                self.tr("Households"),
                self.tr("Last score"),
                self.tr("Status"),
            ),
            {InspectionStatus.DRAFT: self.tr("Draft begun"), "": self.tr("Not started")},
            self,
        )
        table = self.ui.compound_table
        table.setModel(self.model)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self.model.sort)
        header.setDefaultSectionSize(90)
        for column, width in ((0, 200), (1, 110), (2, 110), (3, 250)):
            header.resizeSection(column, width)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        table.activated.connect(self._open_at)
        self.ui.filter_edit.setPlaceholderText(self.tr("Compound, street, community or firm"))
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self._apply_filter)
        self.ui.filter_edit.textChanged.connect(self._filter_timer.start)
        lead_down(self.ui.filter_edit, self.ui.compound_table)
        self.ui.open_button.clicked.connect(self.open_current)
        self.ui.open_button.setToolTip(
            self.tr("Open the inspection sheet ({key})").format(
                key=QKeySequence(Qt.Key.Key_Return).toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self._fill_scopes()
        self.ui.street_combo.currentIndexChanged.connect(self._apply_scope)
        self.ui.firm_combo.currentIndexChanged.connect(self._apply_scope)
        self.model.modelReset.connect(self._update_count)
        context.signals.operation_did_execute.connect(self._on_changes)
        self._update_count()
        table.setFocus()
        if self.model.rowCount():
            table.setCurrentIndex(self.model.index(0, 0))

    def _fill_combo(self, combo: QComboBox, everything: str, choices: list[Choice]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for choice in choices:
            combo.addItem(choice.label, choice.id)
        found = combo.findData(chosen)
        combo.setCurrentIndex(max(found, 0))
        combo.blockSignals(False)

    def _fill_scopes(self) -> None:
        streets, firms = today_scopes(self._context.store, self.listing.today)
        self._fill_combo(self.ui.street_combo, self.tr("All streets"), streets)
        self._fill_combo(self.ui.firm_combo, self.tr("All firms"), firms)

    def focus_filter(self) -> None:
        self.ui.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.filter_edit.selectAll()

    def _apply_filter(self) -> None:
        self.model.set_filter(self.ui.filter_edit.text())

    def _apply_scope(self) -> None:
        self.listing.set_scope(self.ui.street_combo.currentData(), self.ui.firm_combo.currentData())
        self.model.refresh()

    def _update_count(self) -> None:
        self.ui.count_label.setText(
            self.tr("{shown} of {total} compounds to score").format(
                shown=f"{self.model.rowCount():,}", total=f"{self.model.total:,}"
            )
        )

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(Street, Firm, Contract):
            self._fill_scopes()
        if changes.touches(*WATCHED):
            self.model.refresh()

    def _open_at(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_current()

    def open_current(self) -> None:
        index = self.ui.compound_table.currentIndex()
        if not index.isValid():
            return
        compound_id = self.model.id_at(index.row())
        store = self._context.store
        self._context.runner.run(
            lambda _progress, _cancel: start_inspection(store, compound_id),
            title=self.tr("Cannot start the inspection"),
            on_success=self._started,
            inline=self,
        )

    def _started(self, inspection: Inspection) -> None:
        self.sheet = open_sheet(self._context, inspection.id, self)


def build_today_screen(context: ScreenContext) -> TodayScreen:
    return TodayScreen(context)
