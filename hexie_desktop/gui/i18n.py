"""Language and fonts: Chinese by default, and never boxes where Chinese characters should be.

Source strings are English; `hexie_zh_CN.qm` turns them into Chinese and Qt's own
`qtbase_zh_CN.qm` does the same for standard buttons and dialogs (OK, Cancel, file dialogs).
"""

import logging
import os
import sys

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from hexie_desktop.fonts import SYSTEM_UI_FAMILIES, UI_FONT_FAMILY, ui_font_path
from hexie_desktop.paths import resources_dir

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "en"
APP_CATALOGUE = "hexie"
QT_CATALOGUE = "qtbase"


def translations_dir() -> str:
    return str(resources_dir() / "translations")


# Qt 6 moved some of its strings to new contexts that its Chinese catalogue has not caught up
# with: the file dialog's 文件夹/文件/驱动器 are still translated under their old context.
RENAMED_CONTEXTS = {"QAbstractFileIconProvider": "QFileDialog"}
# Locale categories Qt reads for its system locale on Linux: dates and sizes in file dialogs.
_LOCALE_CATEGORIES = ("LC_TIME", "LC_NUMERIC", "LC_MESSAGES")


class _RenamedContextTranslator(QTranslator):
    """Answers a renamed context from Qt's own catalogue under the context's old name."""

    def __init__(self, qt: QTranslator, parent: QCoreApplication) -> None:
        super().__init__(parent)
        self._qt = qt

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        # None (a null string) passes the question on to the next catalogue; "" would not.
        old = RENAMED_CONTEXTS.get(context)
        return None if old is None else self._qt.translate(old, source, disambiguation, n) or None

    def isEmpty(self) -> bool:
        return False


def prepare_system_locale(language: str) -> None:
    """Give Qt's system locale the interface language, before the application is created.

    Qt's own file dialog writes dates and sizes in the *system* locale, which on a Linux
    machine without a Chinese environment is C (`1 Dec 2026`, `219 bytes`). Windows and macOS
    take it from the system settings, which a bureau's computer has set already.
    """
    if language == SOURCE_LANGUAGE or sys.platform in ("win32", "darwin"):
        return
    if os.environ.get("LC_ALL"):
        return
    for category in _LOCALE_CATEGORIES:
        if not os.environ.get(category, "").startswith(language):
            os.environ[category] = f"{language}.UTF-8"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load the app's and Qt's catalogues for `language`; English needs none (it is the source).

    Returns the translators, which must stay referenced as long as the application lives.
    """
    if language == SOURCE_LANGUAGE:
        QLocale.setDefault(QLocale(QLocale.Language.English))
        return []
    QLocale.setDefault(QLocale(language))
    installed = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for catalogue, folder in ((QT_CATALOGUE, qt_dir), (APP_CATALOGUE, translations_dir())):
        translator = QTranslator(app)
        if translator.load(f"{catalogue}_{language}", folder):
            app.installTranslator(translator)
            installed.append(translator)
            if catalogue == QT_CATALOGUE:
                renamed = _RenamedContextTranslator(translator, app)
                app.installTranslator(renamed)
                installed.append(renamed)
        else:
            log.warning("translation %s_%s not found in %s", catalogue, language, folder)
    return installed


def system_ui_family() -> str | None:
    """The first sans-serif CJK family the system has, or None."""
    installed = set(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))
    return next((family for family in SYSTEM_UI_FAMILIES if family in installed), None)


def ensure_chinese_font(app: QApplication) -> str:
    """Draw the window in a sans-serif Chinese face: the system's own, else the shipped one.

    Qt would otherwise take whichever font covers Chinese, and on a machine whose only Chinese
    font is a Ming (serif) face, such as the one shipped for print, the whole window would look
    like a printed notice. Returns the family now used for the application.
    """
    family = system_ui_family()
    if family is None:
        font_id = QFontDatabase.addApplicationFont(str(ui_font_path()))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if not families:
            log.warning("could not load the shipped font %s", ui_font_path())
            return app.font().family()
        family = UI_FONT_FAMILY if UI_FONT_FAMILY in families else families[0]
    font = QFont(app.font())
    font.setFamilies([family])
    app.setFont(font)
    return family
