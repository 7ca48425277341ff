"""Keyboard paths between the parts of a screen, so that a day's work needs no mouse.

A clerk types into a filter and presses ↓ to go through what it found, as in a browser's address
bar; choosing a section (Ctrl+number, or Enter in the navigation) puts the focus on the section's
list, where Enter opens, rather than leaving it in the navigation, where Enter does nothing.
"""

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QWidget

from hexie_desktop.gui.lifetime import torn_down

_INTO_LIST = (Qt.Key.Key_Down, Qt.Key.Key_PageDown)


ListOf = QAbstractItemView | Callable[[], QAbstractItemView]


class _DownToList(QObject):
    def __init__(self, edit: QLineEdit, view: ListOf) -> None:
        super().__init__(edit)
        self._view = view

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _INTO_LIST
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            view = self._view if isinstance(self._view, QAbstractItemView) else self._view()
            return enter_list(view)
        return super().eventFilter(watched, event)


def lead_down(edit: QLineEdit, view: ListOf) -> None:
    """↓ or Page Down in `edit` moves to `view` (or the one it names now), on its first row."""
    edit.installEventFilter(_DownToList(edit, view))


def enter_list(view: QAbstractItemView) -> bool:
    """Focus `view` with a current row, so the next Enter opens it; False when it shows nothing."""
    model = view.model()
    if model is None or not view.isEnabled():
        return False
    view.setFocus(Qt.FocusReason.OtherFocusReason)
    if model.rowCount() > 0:
        _first_row_current(view)
    else:
        # Lists load on the worker: the first row is made current when it arrives.
        for filled in (model.modelReset, model.rowsInserted):
            filled.connect(
                lambda *_args: _first_row_current(view), Qt.ConnectionType.SingleShotConnection
            )
    return True


def _first_row_current(view: QAbstractItemView) -> None:
    model = view.model()
    if not torn_down(view) and not view.currentIndex().isValid() and model.rowCount() > 0:
        view.setCurrentIndex(model.index(0, 0))


def focus_work(page: QWidget) -> None:
    """Put the focus where a section's work is: its own choice, or else its first list shown."""
    chosen = getattr(page, "focus_work", None)
    if callable(chosen):
        chosen()
        return
    for view in page.findChildren(QAbstractItemView):
        # Not a drop-down's list, which is a window of its own.
        if view.window() is page.window() and view.isVisibleTo(page) and enter_list(view):
            return
    page.focusNextChild()
