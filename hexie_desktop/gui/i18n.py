"""Language and fonts: Chinese by default, and never boxes where Chinese characters should be.

Source strings are English; `hexie_zh_CN.qm` turns them into Chinese and Qt's own
`qtbase_zh_CN.qm` does the same for standard buttons and dialogs (OK, Cancel, file dialogs).
"""

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from hexie_desktop.fonts import CJK_FONT_FAMILY, cjk_font_path
from hexie_desktop.paths import resources_dir

log = logging.getLogger(__name__)

DEFAULT_LANGUAGE = "zh_CN"
SOURCE_LANGUAGE = "en"
APP_CATALOGUE = "hexie"
QT_CATALOGUE = "qtbase"


def translations_dir() -> str:
    return str(resources_dir() / "translations")


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
        else:
            log.warning("translation %s_%s not found in %s", catalogue, language, folder)
    return installed


def has_chinese_font() -> bool:
    return bool(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))


def ensure_chinese_font(app: QApplication) -> str | None:
    """Use the shipped Ming font when the system has none that covers Chinese.

    Returns the family now used for the whole application, or None when the system's own fonts
    already cover Chinese (they look native and need no loading).
    """
    if has_chinese_font():
        return None
    font_id = QFontDatabase.addApplicationFont(str(cjk_font_path()))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        log.warning("could not load the shipped font %s", cjk_font_path())
        return None
    family = CJK_FONT_FAMILY if CJK_FONT_FAMILY in families else families[0]
    font = QFont(app.font())
    font.setFamilies([family])
    app.setFont(font)
    return family
