"""考评记录: this installation's inspection sheets, newest first; drafts stand out.

Enter (or a double click) opens a sheet: a draft to go on scoring, a submitted one read-only with
its "new revision" action.
"""

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHeaderView, QWidget

from hexie_desktop.domain.states import InspectionStatus
from hexie_desktop.gui.context import ScreenContext
from hexie_desktop.gui.forms.inspections_screen_ui import Ui_InspectionsScreen
from hexie_desktop.gui.inspection_sheet import InspectionSheet, open_sheet
from hexie_desktop.gui.keyboard import lead_down
from hexie_desktop.gui.status_listing_model import StatusListingModel
from hexie_desktop.services.changes import Changes
from hexie_desktop.services.listings.fieldwork import INSPECTION_COLUMNS, InspectionListing
from hexie_desktop.storage.tables import Compound, Firm, Inspection

FILTER_DELAY_MS = 150
NEWEST_FIRST = INSPECTION_COLUMNS.index("inspected_on")


class InspectionsScreen(QWidget):
    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_InspectionsScreen()
        self.ui.setupUi(self)
        self.setObjectName("inspections_screen")
        self._context = context
        self.sheet: InspectionSheet | None = None
        self.model = StatusListingModel(
            context.store,
            InspectionListing(context.identity.id),
            (
                self.tr("Inspected"),
                self.tr("Compound"),
                self.tr("Street"),
                self.tr("Firm"),
                self.tr("Quarter"),
                self.tr("Status"),
                self.tr("Revision"),
                self.tr("Submitted at"),
            ),
            {
                InspectionStatus.DRAFT: self.tr("Draft"),
                InspectionStatus.SUBMITTED: self.tr("Submitted"),
            },
            self,
        )
        table = self.ui.inspection_table
        table.setModel(self.model)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSortIndicatorShown(True)
        header.sortIndicatorChanged.connect(self.model.sort)
        header.setSortIndicator(NEWEST_FIRST, Qt.SortOrder.DescendingOrder)
        header.setDefaultSectionSize(90)
        for column, width in ((0, 100), (1, 170), (3, 230), (5, 110), (6, 50)):
            header.resizeSection(column, width)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        table.activated.connect(self._open_at)
        self.ui.filter_edit.setPlaceholderText(self.tr("Compound, street, firm or quarter"))
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(
            lambda: self.model.set_filter(self.ui.filter_edit.text())
        )
        self.ui.filter_edit.textChanged.connect(self._filter_timer.start)
        lead_down(self.ui.filter_edit, self.ui.inspection_table)
        self.ui.open_button.clicked.connect(self.open_current)
        self.ui.open_button.setToolTip(
            self.tr("Open the inspection sheet ({key})").format(
                key=QKeySequence(Qt.Key.Key_Return).toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self.model.modelReset.connect(self._update_count)
        context.signals.operation_did_execute.connect(self._on_changes)
        self._update_count()
        table.setFocus()

    def focus_filter(self) -> None:
        self.ui.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.filter_edit.selectAll()

    def _update_count(self) -> None:
        count = self.model.rowCount()
        self.ui.count_label.setText(
            self.tr("{shown} of {total} sheets").format(
                shown=f"{count:,}", total=f"{self.model.total:,}"
            )
        )
        table = self.ui.inspection_table
        if count and not table.currentIndex().isValid():
            table.setCurrentIndex(self.model.index(0, 0))

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(Inspection, Compound, Firm):
            self.model.refresh()

    def _open_at(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_current()

    def open_current(self) -> None:
        index = self.ui.inspection_table.currentIndex()
        if index.isValid():
            self.sheet = open_sheet(self._context, self.model.id_at(index.row()), self)


def build_inspections_screen(context: ScreenContext) -> InspectionsScreen:
    return InspectionsScreen(context)
