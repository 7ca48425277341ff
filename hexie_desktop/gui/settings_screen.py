"""Settings: who this computer is, where its data lives, the window's language and the bureau's clock."""

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from hexie_desktop import config
from hexie_desktop.domain.errors import UserError
from hexie_desktop.gui.context import ScreenContext
from hexie_desktop.gui.forms.settings_screen_ui import Ui_SettingsScreen
from hexie_desktop.gui.labels import QT_TRANSLATE_NOOP, role_title
from hexie_desktop.gui.settings import LANGUAGE, LANGUAGES

BUREAU_ZONES = (
    ("Asia/Shanghai", QT_TRANSLATE_NOOP("SettingsScreen", "Beijing time (Asia/Shanghai)")),
    ("Asia/Urumqi", QT_TRANSLATE_NOOP("SettingsScreen", "Xinjiang time (Asia/Urumqi)")),
    ("Asia/Hong_Kong", QT_TRANSLATE_NOOP("SettingsScreen", "Hong Kong (Asia/Hong_Kong)")),
    ("Asia/Macau", QT_TRANSLATE_NOOP("SettingsScreen", "Macau (Asia/Macau)")),
)


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
        self._data_dir = context.store.data_dir
        self.zone_combo = self._zone_row()

    def _zone_row(self) -> QComboBox:
        """The bureau's time zone, beside the language: every time shown is on this clock."""
        combo = QComboBox(self.ui.language_group)
        combo.setObjectName("zone_combo")
        current = config.get(self._data_dir, config.TIME_ZONE)
        for name, title in (*BUREAU_ZONES, (current, current)):
            if combo.findData(name) < 0:
                combo.addItem(self.tr(title), name)
        combo.setCurrentIndex(combo.findData(current))
        label = QLabel(self.tr("Bureau's &time zone:"), self.ui.language_group)
        label.setBuddy(combo)
        self.ui.language_layout.addRow(label, combo)
        self.zone_note_label = QLabel(
            self.tr(
                "Every time in the window, on the command line and in reports is shown on this clock."
            ),
            self.ui.language_group,
        )
        self.zone_note_label.setWordWrap(True)
        self.ui.language_layout.addRow(self.zone_note_label)
        combo.currentIndexChanged.connect(self._zone_chosen)
        return combo

    def _zone_chosen(self, index: int) -> None:
        try:
            config.set_time_zone(self._data_dir, str(self.zone_combo.itemData(index)))
        except UserError as error:
            self.zone_note_label.setText(error.message)

    def _language_chosen(self, index: int) -> None:
        self._settings.set(LANGUAGE, str(self.ui.language_combo.itemData(index)))
        self._settings.sync()
