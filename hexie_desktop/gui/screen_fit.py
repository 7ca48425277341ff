"""Opening a window no larger than the screen it opens on.

Bureaus' laptops are 1366×768 with a taskbar (1366×728 free) or 1920×1080 at 150 % (1280×720);
a window opened at its designed size would put its bottom row of buttons under the taskbar. The
title bar is not part of a widget's size and is not known before the window is shown, so it is
allowed for here.
"""

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

TITLE_BAR = QSize(16, 40)


def fit_to_screen(window: QWidget, preferred: QSize) -> None:
    """Size `window` to `preferred`, shrunk to the screen's free area, never below its minimum."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    free = screen.availableGeometry().size() - TITLE_BAR
    size = preferred.boundedTo(free).expandedTo(window.minimumSizeHint())
    window.resize(size)
    centre = screen.availableGeometry().center()
    window.move(centre.x() - size.width() // 2, max(0, centre.y() - size.height() // 2 - 16))
