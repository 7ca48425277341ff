"""The page of a section whose screen comes in a later version: says so, instead of an empty box."""

from PySide6.QtWidgets import QWidget

from hexie_desktop.gui import messages
from hexie_desktop.gui.forms.placeholder_page_ui import Ui_PlaceholderPage


class PlaceholderPage(QWidget):
    def __init__(self, title: str, purpose: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PlaceholderPage()
        self.ui.setupUi(self)
        self.ui.title_label.setText(title)
        self.ui.message_label.setText(messages.coming_later())
        self.ui.hint_label.setText(purpose)
