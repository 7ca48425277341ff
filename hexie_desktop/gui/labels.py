"""Names of domain values as the window shows them, in the window's language."""

from PySide6.QtCore import QCoreApplication

from hexie_desktop.domain.roles import Role

CONTEXT = "Labels"


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # the name pyside6-lupdate looks for
    """Mark `source` for translation in `context`; it is translated where it is shown."""
    del context
    return source


_ROLE_TITLES = {
    Role.INSPECTOR: QT_TRANSLATE_NOOP("Labels", "Inspector"),
    Role.CLERK: QT_TRANSLATE_NOOP("Labels", "Clerk"),
}


def role_title(role: Role) -> str:
    return QCoreApplication.translate(CONTEXT, _ROLE_TITLES[role])
