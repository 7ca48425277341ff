"""Dropping late results: a task may finish after the screen that asked for it was torn down.

Tearing a screen down emits selection and index signals from its views as they go, which can
start one more read; its result must then be dropped rather than shown on deleted widgets.
"""

from PySide6.QtCore import QObject
from shiboken6 import Shiboken


def torn_down(*widgets: QObject) -> bool:
    return not all(Shiboken.isValid(widget) for widget in widgets)
