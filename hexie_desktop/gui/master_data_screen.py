"""The clerk's master data: compounds and firms side by side in tabs."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from hexie_desktop.gui.compounds_screen import build_compounds_screen
from hexie_desktop.gui.context import ScreenContext
from hexie_desktop.gui.firms_screen import build_firms_screen
from hexie_desktop.gui.list_screen import ListScreen


class MasterDataScreen(QWidget):
    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("master_data_tabs")
        self.tabs.setDocumentMode(True)
        self.compounds = build_compounds_screen(context, self.tabs)
        self.firms = build_firms_screen(context, self.tabs)
        for screen in (self.compounds, self.firms):
            screen.ui.title_label.hide()
        self.tabs.addTab(
            self.compounds, QCoreApplication.translate("MasterDataScreen", "Compounds")
        )
        self.tabs.addTab(self.firms, QCoreApplication.translate("MasterDataScreen", "Firms"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def focus_filter(self) -> None:
        current = self.tabs.currentWidget()
        if isinstance(current, ListScreen):
            current.focus_filter()
