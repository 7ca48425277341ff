"""Whether widgets still exist: late results and teardown signals must not touch freed ones.

A task may finish after the screen that asked for it was torn down, and tearing a screen or
dialog down makes its views emit selection signals as they go; a slot reached then must check
before touching the widgets, or the application crashes.
"""

from PySide6.QtCore import QObject
from shiboken6 import Shiboken


def torn_down(*widgets: QObject) -> bool:
    return not all(Shiboken.isValid(widget) for widget in widgets)
