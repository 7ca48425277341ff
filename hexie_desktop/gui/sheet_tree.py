"""The sheet's tree view, made for scoring with the keyboard alone.

Type a score (typing opens the editor), then Enter or Tab to the next indicator's score, Shift+Tab
back; Ctrl+Down / Ctrl+Up (or Page Down / Page Up) to the next or previous part; Delete clears a
score. Image files dropped on an indicator row are offered to the sheet as its photos.
"""

from pathlib import Path

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRegularExpression,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QRegularExpressionValidator,
)
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from hexie_desktop.gui.sheet_model import NOTE, SCORE, SheetModel, number

Index = QModelIndex | QPersistentModelIndex
_SCORE_PATTERN = QRegularExpression(r"^\d{0,3}([.,，]\d{0,2})?$")
NOTE_LIMIT = 2000
_LEAVING_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab)


def parse_score(text: str) -> float | None:
    """A typed score as a number (None for empty), with a comma for the decimal point allowed."""
    cleaned = text.strip().replace(",", ".").replace("，", ".")
    return float(cleaned) if cleaned not in ("", ".") else None


class SheetDelegate(QStyledItemDelegate):
    """Score cells take only a number from 0 to the indicator's maximum (or nothing: not scored).

    A wrong entry is named as it is typed, in a line under the cell (a letter, a score above the
    maximum), and Enter or Tab does not leave the cell until it is right: the inspector corrects
    it there instead of learning of it at submission.
    """

    def __init__(self, tree: "SheetTree") -> None:
        super().__init__(tree)
        self._tree = tree

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            if index.column() == SCORE:
                editor.setValidator(QRegularExpressionValidator(_SCORE_PATTERN, editor))
                editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                editor.inputRejected.connect(lambda: self._not_a_number(editor))
                editor.textEdited.connect(lambda text: self._check(editor, index, text))
            elif index.column() == NOTE:
                editor.setMaxLength(NOTE_LIMIT)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        """An earlier save finishing repaints the sheet; the text being typed stays as it is."""
        if isinstance(editor, QLineEdit) and editor.isModified():
            return
        super().setEditorData(editor, index)

    def problem(self, index: Index, text: str) -> str | None:
        """What is wrong with `text` as the score of the indicator at `index`, or None."""
        indicator = self._tree.sheet_model().indicator_at(index)
        score = parse_score(text)
        if indicator is None or score is None or score <= indicator.max_points:
            return None
        return QCoreApplication.translate(
            "SheetDelegate",
            "{score} is more than the maximum of {code} ({maximum} points): "
            "enter a score from 0 to {maximum}.",
        ).format(score=number(score), code=indicator.code, maximum=number(indicator.max_points))

    def _not_a_number(self, editor: QLineEdit) -> None:
        self._tree.show_entry_problem(
            editor,
            QCoreApplication.translate(
                "SheetDelegate",
                "A score is a number such as 3 or 2.5; letters and other signs cannot be entered.",
            ),
        )

    def _check(self, editor: QLineEdit, index: Index, text: str) -> None:
        problem = self.problem(index, text)
        if problem is None:
            self._tree.hide_entry_problem()
        else:
            self._tree.show_entry_problem(editor, problem)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter and Tab commit and move on; with a wrong score they keep the cell open instead.
        if (
            isinstance(watched, QLineEdit)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _LEAVING_KEYS
            and self._tree.currentIndex().column() == SCORE
        ):
            problem = self.problem(self._tree.currentIndex(), watched.text())
            if problem is not None:
                self._tree.show_entry_problem(watched, problem)
                return True
        return super().eventFilter(watched, event)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        # Focus leaving a wrong score (a click elsewhere) drops it: the stored score stays.
        if isinstance(editor, QLineEdit) and index.column() == SCORE:
            if self.problem(index, editor.text()) is not None:
                return
        super().setModelData(editor, model, index)


class SheetTree(QTreeView):
    files_dropped = Signal(str, list)  # indicator id, [Path]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(SheetDelegate(self))
        self.entry_problem_label = QLabel(self.viewport())
        self.entry_problem_label.setObjectName("entry_problem_label")
        self.entry_problem_label.setWordWrap(True)
        self.entry_problem_label.setStyleSheet(
            "background: #fdecea; color: #a40000; border: 1px solid #e0a8a3; padding: 3px 6px;"
        )
        self.entry_problem_label.hide()
        self.setTabKeyNavigation(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)

    def sheet_model(self) -> SheetModel:
        model = self.model()
        assert isinstance(model, SheetModel)
        return model

    def score_indexes(self) -> list[QModelIndex]:
        """Every indicator's score cell, in sheet order."""
        model = self.sheet_model()
        cells = []
        for part_row in range(model.rowCount()):
            part = model.index(part_row, 0)
            cells += [model.index(row, SCORE, part) for row in range(model.rowCount(part))]
        return cells

    def go_to(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        self.setCurrentIndex(index)
        self.scrollTo(index)

    def step(self, forward: bool) -> bool:
        """Move to the next (previous) indicator's score; False at either end of the sheet."""
        cells = self.score_indexes()
        current = self.currentIndex()
        rows = [(c.parent().row(), c.row()) for c in cells]
        here = (current.parent().row(), current.row()) if current.parent().isValid() else None
        if here is None:
            part = current.row() if current.isValid() else -1
            ahead = [n for n, (p, _) in enumerate(rows) if (p >= part if forward else p < part)]
            if not ahead:
                return False
            self.go_to(cells[ahead[0] if forward else ahead[-1]])
            return True
        position = rows.index(here) + (1 if forward else -1)
        if not 0 <= position < len(cells):
            return False
        self.go_to(cells[position])
        return True

    def jump_part(self, forward: bool) -> None:
        """To the first indicator of the next (previous) part."""
        model = self.sheet_model()
        current = self.currentIndex()
        part = current.parent().row() if current.parent().isValid() else current.row()
        target = part + (1 if forward else -1)
        if 0 <= target < model.rowCount():
            parent = model.index(target, 0)
            self.go_to(model.index(0, SCORE, parent) if model.rowCount(parent) else parent)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, modifiers = event.key(), event.modifiers()
        control = bool(modifiers & Qt.KeyboardModifier.ControlModifier)
        if self.state() == QAbstractItemView.State.EditingState:
            # Enter in an editor reaches the view too; the delegate commits and closes on its own.
            event.ignore()
            return
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Return, Qt.Key.Key_Enter) and not control:
            if not self.step(forward=True) and key == Qt.Key.Key_Tab:
                self.focusNextChild()
            return
        if key == Qt.Key.Key_Backtab:
            if not self.step(forward=False):
                self.focusPreviousChild()
            return
        if key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp) or (
            control and key in (Qt.Key.Key_Down, Qt.Key.Key_Up)
        ):
            self.jump_part(forward=key in (Qt.Key.Key_PageDown, Qt.Key.Key_Down))
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.currentIndex().isValid():
            index = self.currentIndex().siblingAtColumn(SCORE)
            if self.sheet_model().flags(index) & Qt.ItemFlag.ItemIsEditable:
                self.sheet_model().setData(index, "")
            return
        super().keyPressEvent(event)

    def show_entry_problem(self, editor: QWidget, text: str) -> None:
        """Say what is wrong with what is being typed, just under the cell being typed in."""
        label = self.entry_problem_label
        label.setText(text)
        width = min(self.viewport().width() - 8, max(320, editor.width() * 3))
        label.setFixedWidth(width)
        label.adjustSize()
        below = editor.mapTo(self.viewport(), editor.rect().bottomRight())
        x = max(4, min(below.x() - width, self.viewport().width() - width - 4))
        y = below.y() + 2
        if y + label.height() > self.viewport().height():
            y = editor.mapTo(self.viewport(), editor.rect().topLeft()).y() - label.height() - 2
        label.move(x, y)
        label.show()
        label.raise_()

    def hide_entry_problem(self) -> None:
        self.entry_problem_label.hide()

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        self.hide_entry_problem()
        # Its value is already committed: moving focus away from it must not commit it again.
        editor.removeEventFilter(self.itemDelegate())
        super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        if hint in (
            QAbstractItemDelegate.EndEditHint.EditNextItem,
            QAbstractItemDelegate.EndEditHint.SubmitModelCache,
        ):
            self.step(forward=True)
        elif hint == QAbstractItemDelegate.EndEditHint.EditPreviousItem:
            self.step(forward=False)
        if hint != QAbstractItemDelegate.EndEditHint.NoHint:
            self.go_to(self.currentIndex().siblingAtColumn(SCORE))
        # The keyboard stays on the sheet after an edit, even where the window manager did not
        # hand focus back to the view.
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def _dropped_files(self, event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> list[Path]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]

    def _target(self, event: QDragMoveEvent | QDropEvent) -> str | None:
        index = self.indexAt(event.position().toPoint())
        indicator = self.sheet_model().indicator_at(index)
        if indicator is None or not self.sheet_model().view.editable:
            return None
        return indicator.id

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_files(event) and self.sheet_model().view.editable:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._dropped_files(event) and self._target(event) is not None:
            self.setCurrentIndex(self.indexAt(event.position().toPoint()).siblingAtColumn(SCORE))
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files = self._dropped_files(event)
        target = self._target(event)
        if not files or target is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.files_dropped.emit(target, files)
