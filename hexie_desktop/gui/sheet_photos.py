"""The sheet's photo panel: thumbnails of the current indicator's evidence, add and remove.

Copying photos in (hashing up to 20 MB each) and removing one run on the task runner, like every
write; the panel and the sheet's photo counts refresh when it is done.
"""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtGui import QIcon, QImageReader, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import QFileDialog, QListWidgetItem, QStyle, QWidget

from hexie_desktop.gui.context import ScreenContext
from hexie_desktop.gui.forms.inspection_sheet_ui import Ui_InspectionSheet
from hexie_desktop.progress import Cancel, Progress
from hexie_desktop.services.changes import Changed
from hexie_desktop.services.fieldwork.inspections import (
    PhotoView,
    attach_photos,
    photos,
    remove_photo,
)

THUMBNAIL = 96
PHOTO_ID = Qt.ItemDataRole.UserRole


def thumbnail(path: Path, fallback: QIcon) -> QIcon:
    """A small icon read at thumbnail size (decoding a full photo would take far longer)."""
    reader = QImageReader(str(path))
    size = reader.size()
    if not size.isValid():
        return fallback
    reader.setScaledSize(
        size.scaled(QSize(THUMBNAIL, THUMBNAIL), Qt.AspectRatioMode.KeepAspectRatio)
    )
    image = reader.read()
    return fallback if image.isNull() else QIcon(QPixmap.fromImage(image))


class SheetPhotos(QObject):
    def __init__(
        self,
        context: ScreenContext,
        ui: Ui_InspectionSheet,
        changed: Callable[[], None],
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self._context = context
        self._ui = ui
        self._changed = changed
        self._window = window
        self._inspection_id = ""
        self._indicator_id: str | None = None
        self._editable = False
        self._fallback = window.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        ui.remove_photo_button.clicked.connect(self.remove_selected)
        remove = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), ui.photo_list)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove.activated.connect(self.remove_selected)
        ui.remove_photo_button.setToolTip(
            self.tr("Remove the selected photo from this sheet (Delete)")
        )

    def show_indicator(
        self, inspection_id: str, indicator_id: str | None, *, editable: bool
    ) -> None:
        self._inspection_id, self._indicator_id, self._editable = (
            inspection_id,
            indicator_id,
            editable,
        )
        listed = self._ui.photo_list
        listed.clear()
        shown = (
            [] if indicator_id is None else photos(self._context.store, inspection_id, indicator_id)
        )
        for photo in shown:
            item = QListWidgetItem(thumbnail(photo.path, self._fallback), photo.caption, listed)
            item.setData(PHOTO_ID, photo.id)
            item.setToolTip(photo.original_name or photo.caption)
        self._ui.add_photo_button.setEnabled(editable and indicator_id is not None)
        self._ui.remove_photo_button.setEnabled(editable and bool(shown))

    def choose(self) -> None:
        if not self._editable or self._indicator_id is None:
            return
        names, _filter = QFileDialog.getOpenFileNames(
            self._window,
            self.tr("Add Photos"),
            "",
            self.tr("Photos (*.jpg *.jpeg *.png *.webp *.heic *.JPG *.JPEG *.PNG *.WEBP *.HEIC)"),
        )
        if names:
            self.attach(self._indicator_id, [Path(name) for name in names])

    def attach(self, indicator_id: str, paths: list[Path]) -> None:
        store = self._context.store
        inspection_id = self._inspection_id

        def work(_progress: Progress, _cancel: Cancel) -> Changed[list[PhotoView]]:
            return attach_photos(store, inspection_id, indicator_id, paths)

        self._context.runner.run(
            work,
            title=self.tr("Adding photos"),
            on_success=lambda _added: self._changed(),
            on_failure=lambda _error: self._changed(),
        )

    def remove_selected(self) -> None:
        item = self._ui.photo_list.currentItem()
        if item is None or not self._editable:
            return
        store, photo_id = self._context.store, str(item.data(PHOTO_ID))
        self._context.runner.run(
            lambda _progress, _cancel: remove_photo(store, photo_id),
            title=self.tr("Remove Photo"),
            on_success=self._removed,
            on_failure=self._removed,
            inline=self._window,
        )

    def _removed(self, _outcome: object) -> None:
        self._changed()
