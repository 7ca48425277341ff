"""A PDF shown in the window: the pages one under another, page navigation and zoom.

The report is shown exactly as it prints: QtPdf renders the same file the printer gets, not a
second drawing of the data.
"""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QToolButton, QWidget

from hexie_desktop.domain.errors import UserError
from hexie_desktop.gui.forms.pdf_preview_ui import Ui_PdfPreview

FIT_WIDTH = "width"
FIT_PAGE = "page"
ZOOM_STEPS = (0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0)
EMPTY_PAGE, VIEW_PAGE = 0, 1


class PdfPreview(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PdfPreview()
        self.ui.setupUi(self)
        self.document = QPdfDocument(self)
        self._path: Path | None = None
        view = self.ui.pdf_view
        view.setDocument(self.document)
        view.setPageMode(QPdfView.PageMode.MultiPage)
        view.setPageSpacing(12)
        view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._fill_zoom_choices()
        self._connect()
        self.clear()

    def _fill_zoom_choices(self) -> None:
        combo = self.ui.zoom_combo
        combo.addItem(self.tr("Fit width"), FIT_WIDTH)
        combo.addItem(self.tr("Whole page"), FIT_PAGE)
        for step in ZOOM_STEPS:
            combo.addItem(f"{step:.0%}", step)

    def _connect(self) -> None:
        ui = self.ui
        navigator = ui.pdf_view.pageNavigator()
        navigator.currentPageChanged.connect(self._show_current_page)
        ui.page_spin.valueChanged.connect(lambda number: self.go_to_page(number - 1))
        ui.zoom_combo.activated.connect(self._zoom_chosen)
        self.previous_action = self._action(
            ui.previous_button,
            QKeySequence("Ctrl+PgUp"),
            lambda: self.go_to_page(self.current_page() - 1),
        )
        self.next_action = self._action(
            ui.next_button,
            QKeySequence("Ctrl+PgDown"),
            lambda: self.go_to_page(self.current_page() + 1),
        )
        self.zoom_out_action = self._action(
            ui.zoom_out_button,
            QKeySequence(QKeySequence.StandardKey.ZoomOut),
            lambda: self._step_zoom(-1),
        )
        self.zoom_in_action = self._action(
            ui.zoom_in_button,
            QKeySequence(QKeySequence.StandardKey.ZoomIn),
            lambda: self._step_zoom(+1),
        )
        ui.previous_button.setArrowType(Qt.ArrowType.UpArrow)
        ui.next_button.setArrowType(Qt.ArrowType.DownArrow)
        self.zoom_out_action.setText("−")
        self.zoom_in_action.setText("+")

    def _action(self, button: QToolButton, keys: QKeySequence, slot: Callable[[], None]) -> QAction:
        """The button's action, with its shortcut working anywhere in the window while shown."""
        action = QAction(button.text(), self)
        action.setShortcut(keys)
        action.setToolTip(
            self.tr("{action} ({keys})").format(
                action=button.text(),
                keys=keys.toString(QKeySequence.SequenceFormat.NativeText),
            )
        )
        action.triggered.connect(slot)
        self.addAction(action)
        button.setDefaultAction(action)
        return action

    @property
    def path(self) -> Path | None:
        return self._path

    def open(self, path: Path) -> int:
        """Show the PDF at `path` from its first page; the number of pages."""
        error = self.document.load(str(path))
        if error != QPdfDocument.Error.None_ or self.document.pageCount() == 0:
            self.clear()
            raise UserError(f"无法打开报告文件 {path}。文件可能已被移走或损坏，请重新生成报告。")
        self._path = path
        count = self.document.pageCount()
        ui = self.ui
        ui.page_spin.blockSignals(True)
        ui.page_spin.setMaximum(count)
        ui.page_spin.setValue(1)
        ui.page_spin.blockSignals(False)
        ui.page_count_label.setText(self.tr("of {count}").format(count=count))
        ui.preview_stack.setCurrentIndex(VIEW_PAGE)
        self._set_navigation_enabled(True)
        self.go_to_page(0)
        return count

    def clear(self) -> None:
        self.document.close()
        self._path = None
        self.ui.page_count_label.clear()
        self.ui.preview_stack.setCurrentIndex(EMPTY_PAGE)
        self._set_navigation_enabled(False)

    def set_empty_text(self, text: str) -> None:
        self.ui.empty_label.setText(text)

    def page_count(self) -> int:
        return self.document.pageCount() if self._path is not None else 0

    def current_page(self) -> int:
        """The page shown (counted from 0)."""
        return self.ui.pdf_view.pageNavigator().currentPage()

    def go_to_page(self, page: int) -> None:
        count = self.page_count()
        if count == 0:
            return
        target = max(0, min(count - 1, page))
        navigator = self.ui.pdf_view.pageNavigator()
        navigator.jump(target, QPointF(), navigator.currentZoom())
        self._show_current_page(target)

    def zoom_mode(self) -> str | float:
        view = self.ui.pdf_view
        if view.zoomMode() == QPdfView.ZoomMode.FitToWidth:
            return FIT_WIDTH
        if view.zoomMode() == QPdfView.ZoomMode.FitInView:
            return FIT_PAGE
        return view.zoomFactor()

    def set_zoom(self, zoom: str | float) -> None:
        view = self.ui.pdf_view
        if zoom == FIT_WIDTH:
            view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        elif zoom == FIT_PAGE:
            view.setZoomMode(QPdfView.ZoomMode.FitInView)
        else:
            view.setZoomMode(QPdfView.ZoomMode.Custom)
            view.setZoomFactor(float(zoom))
        self.ui.zoom_combo.setCurrentIndex(self.ui.zoom_combo.findData(zoom))

    def _zoom_chosen(self, index: int) -> None:
        self.set_zoom(self.ui.zoom_combo.itemData(index))

    def _step_zoom(self, direction: int) -> None:
        current = self.zoom_mode()
        factor = 1.0 if isinstance(current, str) else current
        if direction > 0:
            larger = [step for step in ZOOM_STEPS if step > factor + 1e-6]
            self.set_zoom(larger[0] if larger else ZOOM_STEPS[-1])
        else:
            smaller = [step for step in ZOOM_STEPS if step < factor - 1e-6]
            self.set_zoom(smaller[-1] if smaller else ZOOM_STEPS[0])

    def _show_current_page(self, page: int) -> None:
        spin = self.ui.page_spin
        spin.blockSignals(True)
        spin.setValue(page + 1)
        spin.blockSignals(False)
        count = self.page_count()
        self.previous_action.setEnabled(0 < page < count)
        self.next_action.setEnabled(page < count - 1)

    def _set_navigation_enabled(self, enabled: bool) -> None:
        """Navigation only shows, and its shortcuts only work, while there is a document."""
        ui = self.ui
        for widget in (
            ui.previous_button,
            ui.page_label,
            ui.page_spin,
            ui.page_count_label,
            ui.next_button,
            ui.zoom_out_button,
            ui.zoom_combo,
            ui.zoom_in_button,
        ):
            widget.setVisible(enabled)
        for action in (self.previous_action, self.next_action):
            action.setEnabled(False)
        for action in (self.zoom_out_action, self.zoom_in_action):
            action.setEnabled(enabled)
