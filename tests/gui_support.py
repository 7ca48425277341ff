"""Helpers the GUI tests share: building a screen as the window would, and typing Chinese."""

from typing import TypeVar

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from hexie_desktop.gui.context import ScreenContext
from hexie_desktop.gui.settings import AppSettings
from hexie_desktop.gui.tasks import TaskRunner
from hexie_desktop.services.store import Store
from hexie_desktop.services.trust.identity import require_identity

W = TypeVar("W", bound=QWidget)


def context_for(store: Store, runner: TaskRunner) -> ScreenContext:
    return ScreenContext(
        store, runner, runner.signals, AppSettings(store.data_dir), require_identity(store)
    )


def shown_active(qtbot: QtBot, screen: W, width: int = 1100, height: int = 760) -> W:
    """Show `screen` as the active window, as a user would see it, and hand it back."""
    qtbot.addWidget(screen)
    screen.resize(width, height)
    screen.show()
    screen.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screen)
    return screen


def type_with_input_method(widget: QWidget, text: str) -> None:
    """Chinese arrives from an input method as a commit, not as key presses QTest can fake."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)
