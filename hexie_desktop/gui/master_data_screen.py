"""The clerk's master data: compounds and firms in tabs, with adding, editing, deleting, importing.

Keyboard: Insert adds to the list shown, Enter (or a double click) edits the selected row,
Delete deletes it after a confirmation. Dialogs open window-modal without blocking, and every
save goes through the task runner; the lists refresh from the operation's changes.
"""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton, QWidget

from hexie_desktop.gui.compound_dialog import CompoundDialog
from hexie_desktop.gui.compounds_screen import build_compounds_screen
from hexie_desktop.gui.context import ScreenContext
from hexie_desktop.gui.firm_dialog import FirmDialog
from hexie_desktop.gui.firms_screen import build_firms_screen
from hexie_desktop.gui.forms.master_data_screen_ui import Ui_MasterDataScreen
from hexie_desktop.gui.import_dialog import ImportDialog
from hexie_desktop.gui.list_screen import ListScreen
from hexie_desktop.services.changes import Changed
from hexie_desktop.services.master.edits import (
    delete_compound,
    delete_firm,
)


class MasterDataScreen(QWidget):
    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MasterDataScreen()
        self.ui.setupUi(self)
        self._context = context
        self.dialog: QDialog | None = None
        self.tabs = self.ui.master_data_tabs
        self.compounds = build_compounds_screen(context, self.tabs)
        self.firms = build_firms_screen(context, self.tabs)
        for screen in (self.compounds, self.firms):
            screen.ui.title_label.hide()
            screen.ui.record_table.activated.connect(self._edit_at)
        self.tabs.addTab(
            self.compounds, QCoreApplication.translate("MasterDataScreen", "Compounds")
        )
        self.tabs.addTab(self.firms, QCoreApplication.translate("MasterDataScreen", "Firms"))
        self._connect(self.ui.add_button, QKeySequence.StandardKey.New, "Insert", self.add)
        self._connect(self.ui.edit_button, None, "Return", self.edit)
        self._connect(self.ui.delete_button, QKeySequence.StandardKey.Delete, "Del", self.delete)
        self._connect(self.ui.import_button, None, "Ctrl+I", self.import_from_excel)

    def _connect(
        self,
        button: QPushButton,
        standard: QKeySequence.StandardKey | None,
        key: str,
        slot: Callable[[], None],
    ) -> None:
        sequence = QKeySequence(key)
        if key != "Return":
            action = QAction(button.text(), self)
            keys = [sequence] + ([QKeySequence(standard)] if standard is not None else [])
            action.setShortcuts(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
        button.setToolTip(
            f"{button.text().replace('&', '')} ({sequence.toString(QKeySequence.SequenceFormat.NativeText)})"
        )
        button.clicked.connect(slot)

    def focus_filter(self) -> None:
        current = self.tabs.currentWidget()
        if isinstance(current, ListScreen):
            current.focus_filter()

    @property
    def current_list(self) -> ListScreen:
        return self.firms if self.tabs.currentWidget() is self.firms else self.compounds

    def _selected_id(self) -> str | None:
        screen = self.current_list
        index = screen.ui.record_table.currentIndex()
        if not index.isValid():
            return None
        return screen.model.id_at(index.row())

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(self._closed)
        dialog.open()

    def _closed(self) -> None:
        """Free the closed dialog; a bound slot, so no closure keeps its wrapper alive."""
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None
        self.current_list.ui.record_table.setFocus()

    def add(self) -> None:
        if self.current_list is self.firms:
            self._open(FirmDialog(self._context, None, self))
        else:
            self._open(CompoundDialog(self._context, None, self))

    def _edit_at(self, index: QModelIndex) -> None:
        if index.isValid():
            self.edit()

    def edit(self) -> None:
        row_id = self._selected_id()
        if row_id is None:
            return
        if self.current_list is self.firms:
            self._open(FirmDialog(self._context, row_id, self))
        else:
            self._open(CompoundDialog(self._context, row_id, self))

    def delete(self) -> None:
        row_id = self._selected_id()
        if row_id is None:
            return
        screen = self.current_list
        name = screen.model.data(screen.model.index(screen.ui.record_table.currentIndex().row(), 0))
        firms = screen is self.firms
        question = (
            self.tr("Delete the firm “{name}”? Its past scores and credit file are kept.")
            if firms
            else self.tr(
                "Delete the compound “{name}” and its 2+4 team? Its past inspections are kept."
            )
        ).format(name=name)
        answer = QMessageBox.question(
            self,
            self.tr("Delete"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        store = self._context.store
        work: Callable[[], Changed[str]] = (
            (lambda: delete_firm(store, row_id))
            if firms
            else (lambda: delete_compound(store, row_id))
        )
        self._context.runner.run(
            lambda _progress, _cancel: work(),
            title=self.tr("Deleting"),
        )

    def import_from_excel(self) -> None:
        self._open(ImportDialog(self._context, self))
