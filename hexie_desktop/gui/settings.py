"""The window's own preferences, declared once with type and default, kept in the data folder.

They live in an INI file beside the database (not the registry or ~/.config), so a data folder
copied to another laptop or pointed at by `--data-dir` carries its window layout and language.
"""

from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from hexie_desktop.paths import DataDir

T = TypeVar("T", str, bool, int, QByteArray)

SETTINGS_FILE = "window.ini"


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    type: type[T]
    default: T


LANGUAGE = Setting("interface/language", str, "zh_CN")
WINDOW_GEOMETRY = Setting("window/geometry", QByteArray, QByteArray())
WINDOW_STATE = Setting("window/state", QByteArray, QByteArray())
LAST_SECTION = Setting("window/section", str, "")
EXPORT_FOLDER = Setting("files/export_folder", str, "")


def layout_setting(screen: str, part: str) -> Setting[QByteArray]:
    """The saved state of one splitter or table header of one screen (`gui/layout_memory.py`)."""
    return Setting(f"layout/{screen}/{part}", QByteArray, QByteArray())


LANGUAGES = {"zh_CN": "中文（简体）", "en": "English"}


class AppSettings:
    """Typed access to the settings file: every read says which declared `Setting` it wants."""

    def __init__(self, data_dir: DataDir) -> None:
        data_dir.root.mkdir(parents=True, exist_ok=True)
        self._qsettings = QSettings(str(data_dir.root / SETTINGS_FILE), QSettings.Format.IniFormat)

    def get(self, setting: Setting[T]) -> T:
        value = self._qsettings.value(setting.key, setting.default, type=setting.type)
        return value if isinstance(value, setting.type) else setting.default

    def set(self, setting: Setting[T], value: T) -> None:
        self._qsettings.setValue(setting.key, value)

    def sync(self) -> None:
        self._qsettings.sync()
