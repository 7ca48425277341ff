"""Splitter positions, column widths and sort order, remembered per screen across restarts.

A clerk who widens 物业企业 or drags the review queue's splitter once expects to find it so the
next morning, as in WPS. The splitters and table headers under a screen are restored when the
screen is built and written back when it is hidden (another section chosen, the window or dialog
closed). Screens size their columns to the content on every reload; the user's widths are taken
just before a reload and put back just after it, so what was dragged stays dragged. A header's
state is kept under its column count: a table that gains a column starts from the screen's own
widths instead of misplacing the old ones.
"""

from PySide6.QtCore import QByteArray, QEvent, QObject, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSplitter,
    QTableView,
    QTreeView,
    QWidget,
)

from hexie_desktop.gui.lifetime import torn_down
from hexie_desktop.gui.settings import AppSettings, Setting, layout_setting

_REMEMBERED = "layout_remembered"


class _HeaderMemory(QObject):
    """One table header's remembered state; a child of the header, so it goes when the header does."""

    def __init__(self, header: QHeaderView, settings: AppSettings, key: str) -> None:
        super().__init__(header)
        self._header = header
        self._settings = settings
        self._key = key
        self.restore()
        model = header.model()
        model.modelAboutToBeReset.connect(self.keep)
        model.modelReset.connect(self._restore_after_reload)

    def _setting(self) -> Setting[QByteArray]:
        return layout_setting(self._key, str(self._header.count()))

    def keep(self) -> None:
        if not torn_down(self._header) and self._header.count():
            self._settings.set(self._setting(), self._header.saveState())

    def restore(self) -> None:
        if torn_down(self._header) or not self._header.count():
            return
        saved = self._settings.get(self._setting())
        if not saved.isEmpty():
            # Restoring emits sortIndicatorChanged, so the screen's model sorts as it was left.
            self._header.restoreState(saved)

    def _restore_after_reload(self) -> None:
        # After the screen's own sizing to the new content, which follows the reset.
        QTimer.singleShot(0, self, self.restore)


class LayoutMemory(QObject):
    """The remembered layout of one screen: its splitters and its tables' headers."""

    def __init__(self, root: QWidget, settings: AppSettings, screen: str) -> None:
        super().__init__(root)
        self._settings = settings
        self._screen = screen
        self._splitters = [s for s in root.findChildren(QSplitter) if _claim(s)]
        self._headers = [
            _HeaderMemory(header, settings, f"{screen}/{view.objectName()}")
            for view in root.findChildren(QAbstractItemView)
            if view.model() is not None and (header := _header(view)) is not None and _claim(view)
        ]
        for splitter in self._splitters:
            saved = settings.get(layout_setting(screen, splitter.objectName()))
            if not saved.isEmpty():
                splitter.restoreState(saved)
        root.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Hide:
            self.save()
        return super().eventFilter(watched, event)

    def save(self) -> None:
        # A screen being destroyed hides as it goes, after some of its children are freed.
        if torn_down(*self._splitters, *self._headers):
            return
        for splitter in self._splitters:
            self._settings.set(
                layout_setting(self._screen, splitter.objectName()), splitter.saveState()
            )
        for header in self._headers:
            header.keep()


def remember_layout(root: QWidget, settings: AppSettings, screen: str) -> LayoutMemory:
    """Restore, then keep, every named splitter and table header under `root` as `screen`'s."""
    return LayoutMemory(root, settings, screen)


def _claim(widget: QWidget) -> bool:
    """True the first time a named widget is seen: each is remembered once, by its own screen."""
    if not widget.objectName() or widget.property(_REMEMBERED):
        return False
    widget.setProperty(_REMEMBERED, True)
    return True


def _header(view: QAbstractItemView) -> QHeaderView | None:
    if isinstance(view, QTableView):
        return view.horizontalHeader()
    if isinstance(view, QTreeView):
        return view.header()
    return None
