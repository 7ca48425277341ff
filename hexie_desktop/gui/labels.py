"""Names of domain values as the window shows them, in the window's language."""

from PySide6.QtCore import QCoreApplication

from hexie_desktop.domain.roles import Role

CONTEXT = "Labels"
FINGERPRINT_GROUP = 4


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


def grouped(fingerprint: str) -> str:
    """`ab12 cd34 …`: a fingerprint as people read it to each other."""
    step = FINGERPRINT_GROUP
    return " ".join(fingerprint[i : i + step] for i in range(0, len(fingerprint), step))
