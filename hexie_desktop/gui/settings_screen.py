"""Settings: who this computer is, where its data lives, and the window's language."""

from PySide6.QtWidgets import QWidget

from hexie_desktop.gui.context import ScreenContext
from hexie_desktop.gui.forms.settings_screen_ui import Ui_SettingsScreen
from hexie_desktop.gui.labels import role_title
from hexie_desktop.gui.settings import LANGUAGE, LANGUAGES


class SettingsScreen(QWidget):
    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsScreen()
        self.ui.setupUi(self)
        self._settings = context.settings
        identity = context.identity
        self.ui.name_value_label.setText(identity.name)
        self.ui.role_value_label.setText(role_title(identity.role))
        self.ui.fingerprint_value_label.setText(identity.fingerprint)
        self.ui.folder_value_label.setText(str(context.store.data_dir.root))
        combo = self.ui.language_combo
        for code, label in LANGUAGES.items():
            combo.addItem(label, code)
        combo.setCurrentIndex(max(0, combo.findData(self._settings.get(LANGUAGE))))
        combo.currentIndexChanged.connect(self._language_chosen)

    def _language_chosen(self, index: int) -> None:
        self._settings.set(LANGUAGE, str(self.ui.language_combo.itemData(index)))
        self._settings.sync()
