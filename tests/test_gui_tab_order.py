"""Tab walks every dialog's inputs in the order they are read: top to bottom, left to right.

Each dialog is opened on demo data and tabbed through with key events alone, from its first
input round to the first again. Every enabled input in view must be reached, and no step may go
back up to the left (to a field above and not to the right of the one left), which is what a
tab order left in the order widgets were added to a form looks like.
"""

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTabBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from hexie_desktop.gui.context import ScreenContext
from hexie_desktop.gui.new_complaint_dialog import NewComplaintDialog
from hexie_desktop.gui.survey_dialog import SurveyDialog
from hexie_desktop.gui.surveys_dialog import SurveysDialog
from hexie_desktop.gui.tasks import TaskRunner
from tests.test_gui_fits import _clerk_dialogs, _decision_dialogs

INPUTS = (
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QPlainTextEdit,
    QTextEdit,
    QAbstractButton,
    QAbstractItemView,
)
# A step up is forgiven within a line's height: a check box beside a taller combo box.
SAME_LINE = 12
MAX_STEPS = 80


def _inputs(dialog: QWidget) -> list[QWidget]:
    """What the user can type into or press, as the dialog shows it now."""
    found: list[QWidget] = []
    for widget in dialog.findChildren(QWidget):
        if not isinstance(widget, INPUTS) or isinstance(widget, QTabBar):
            continue
        if not widget.isVisibleTo(dialog) or not widget.isEnabled():
            continue
        if isinstance(widget, QRadioButton) and not widget.isChecked() and widget.autoExclusive():
            continue  # Tab enters a group of choices at the one chosen; arrows move within it.
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.focusProxy() is None:
            found.append(widget)
    return found


def _owner(widget: QWidget | None, inputs: list[QWidget]) -> QWidget | None:
    """The input that has focus: a combo box's line edit stands for the combo box."""
    while widget is not None and widget not in inputs:
        widget = widget.parentWidget()
    return widget


def _walk(qtbot: QtBot, dialog: QWidget, inputs: list[QWidget]) -> list[QWidget]:
    """The inputs in the order Tab visits them, from the first line's leftmost one.

    A date-and-time edit takes Tab from one part of the time to the next, and an editable table
    from cell to cell, as Qt's own do; once Tab no longer leaves such a widget the walk goes on
    as Qt's focus chain does when Tab finally leaves it.
    """
    top = min(_where(w, dialog).y() for w in inputs)
    first_line = [w for w in inputs if _where(w, dialog).y() <= top + SAME_LINE]
    start = min(first_line, key=lambda w: _where(w, dialog).x())
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: _owner(QApplication.focusWidget(), inputs) is start, timeout=15_000)
    order = [start]
    for _ in range(MAX_STEPS):
        focused = QApplication.focusWidget()
        assert focused is not None
        before = _owner(focused, inputs)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        now = _owner(QApplication.focusWidget(), inputs)
        if now is before:
            dialog.focusNextChild()
            now = _owner(QApplication.focusWidget(), inputs)
        if now is start:
            return order
        if now is not None and now not in order:
            order.append(now)
    return order


def _named(widget: QWidget) -> str:
    if widget.objectName():
        return widget.objectName()
    text = widget.text() if isinstance(widget, QAbstractButton) else ""
    return f"{type(widget).__name__}“{text}”"


def _where(widget: QWidget, dialog: QWidget) -> QPoint:
    return widget.mapTo(dialog, QPoint(0, 0))


def _backward_steps(order: list[QWidget], dialog: QWidget) -> list[str]:
    steps = []
    for before, after in zip(order, order[1:], strict=False):
        a, b = _where(before, dialog), _where(after, dialog)
        if b.y() < a.y() - SAME_LINE and b.x() <= a.x():
            steps.append(f"{_named(before)} → {_named(after)}")
    return steps


def _check(
    qtbot: QtBot, build: Callable[[], QWidget], windows: list[QWidget], runner: TaskRunner
) -> list[str]:
    dialog = build()
    windows.append(dialog)
    dialog.resize(1326, 648)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=15_000)
    # What the dialog loads on opening may move the focus when it arrives (the drill-down
    # focuses its first compound): walk once it has arrived.
    qtbot.waitUntil(lambda: not runner.busy, timeout=15_000)
    inputs = _inputs(dialog)
    if not inputs:
        return []
    name = type(dialog).__name__
    order = _walk(qtbot, dialog, inputs)
    problems = [f"{name}: Tab never reaches {_named(w)}" for w in inputs if w not in order]
    problems += [
        f"{name}: Tab is kept cell by cell in the read-only list {_named(view)}"
        for view in inputs
        if isinstance(view, QAbstractItemView)
        and view.tabKeyNavigation()
        and view.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    ]
    problems += [f"{name}: back up-left {step}" for step in _backward_steps(order, dialog)]
    dialog.close()
    return problems


@pytest.mark.parametrize("dialogs", [_clerk_dialogs, _decision_dialogs])
def test_tab_reaches_every_input_in_reading_order(
    qtbot: QtBot,
    clerk_context: ScreenContext,
    windows: list[QWidget],
    dialogs: Callable[[ScreenContext], list[Callable[[], QWidget]]],
) -> None:
    problems = [
        p
        for build in dialogs(clerk_context)
        for p in _check(qtbot, build, windows, clerk_context.runner)
    ]
    assert not problems, "\n".join(problems)


def test_tab_reaches_every_input_of_the_inspectors_dialogs_in_reading_order(
    qtbot: QtBot, inspector_context: ScreenContext, windows: list[QWidget]
) -> None:
    store, runner = inspector_context.store, inspector_context.runner
    builds: list[Callable[[], QWidget]] = [
        lambda: NewComplaintDialog(runner, store),
        lambda: SurveyDialog(runner, store, None),
        lambda: SurveysDialog(runner, store),
    ]
    problems = [p for build in builds for p in _check(qtbot, build, windows, runner)]
    assert not problems, "\n".join(problems)
