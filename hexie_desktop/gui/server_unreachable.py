"""What the window offers when the bureau's database server does not answer at start.

A clerk whose shortcut points at the central store and finds it down (the server restarting, the
network out) is not left with an error and a closed window: they can try again once IT says it
is back, or work in this computer's own database meanwhile and bring that work to the central
store later as a bundle, as a clerk away from the office does.
"""

import enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from hexie_desktop.gui import messages


class ServerChoice(enum.Enum):
    RETRY = "retry"
    LOCAL = "local"
    QUIT = "quit"


def explanation(where: str) -> str:
    return QCoreApplication.translate(
        "ServerUnreachable",
        "Cannot connect to the database server: {where}.\n\n"
        "Check that the server is running and the network is up, and that this computer's "
        "connection settings (the service file pg_service.conf and the password file .pgpass) "
        "are right. You can try again, or work in this computer's own database for now and "
        "bring that work to the central store later as a bundle.",
    ).format(where=where)


def ask(parent: QWidget, where: str) -> ServerChoice:
    """Retry, open the local database, or quit: the clerk's answer."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(messages.cannot_open_database_title())
    box.setText(explanation(where))
    retry = box.addButton(
        QCoreApplication.translate("ServerUnreachable", "Try Again"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    local = box.addButton(
        QCoreApplication.translate("ServerUnreachable", "Open the Local Database"),
        QMessageBox.ButtonRole.ActionRole,
    )
    box.addButton(
        QCoreApplication.translate("ServerUnreachable", "Quit"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(retry)
    box.exec()
    clicked = box.clickedButton()
    if clicked is retry:
        return ServerChoice.RETRY
    if clicked is local:
        return ServerChoice.LOCAL
    return ServerChoice.QUIT
