"""A day's work without the mouse: access keys, where the focus goes, Enter, ↓ and Esc.

Driven by key events only, as a clerk or an inspector at a laptop would drive it.
"""

import importlib
import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QTableView,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from hexie_desktop.gui.context import ScreenContext
from hexie_desktop.gui.i18n import install_translators
from hexie_desktop.gui.inspection_sheet import InspectionSheet
from hexie_desktop.gui.main_window import MainWindow
from hexie_desktop.gui.new_complaint_dialog import NewComplaintDialog
from hexie_desktop.services.fieldwork import inspections
from hexie_desktop.services.listings.master import CompoundListing, ListingQuery

FORMS = Path(__file__).resolve().parent.parent / "forms"
ACCESS_KEY = re.compile(r"&([^&\s])")
BASES: dict[str, type[QWidget]] = {"QDialog": QDialog, "QMainWindow": QMainWindow}


@pytest.fixture(params=["en", "zh_CN"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    translators = install_translators(qapp, request.param) if request.param != "en" else []
    yield request.param
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    translators = install_translators(qapp, "zh_CN")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


def access_keys(root: QWidget, visible_only: bool = False) -> list[tuple[str, str]]:
    """(key, where) for every access key a user can press in `root`."""

    def shown(widget: QWidget) -> bool:
        return not visible_only or widget.isVisibleTo(root)

    keys: list[tuple[str, str]] = []

    def add(text: str, where: str) -> None:
        keys.extend((key.upper(), where) for key in ACCESS_KEY.findall(text))

    for button in root.findChildren(QAbstractButton):
        if shown(button):
            add(button.text(), button.objectName())
    for label in root.findChildren(QLabel):
        if label.buddy() is not None and shown(label):
            add(label.text(), label.objectName())
    for group in root.findChildren(QGroupBox):
        if shown(group):
            add(group.title(), group.objectName())
    for tabs in root.findChildren(QTabWidget):
        if shown(tabs):
            for index in range(tabs.count()):
                add(tabs.tabText(index), f"{tabs.objectName()}[{index}]")
    if isinstance(root, QMainWindow):
        for action in root.menuBar().actions():
            add(action.text(), action.text())
    return keys


def duplicates(keys: list[tuple[str, str]]) -> dict[str, list[str]]:
    counts = Counter(key for key, _where in keys)
    return {key: [w for k, w in keys if k == key] for key, n in counts.items() if n > 1}


def _built_form(path: Path) -> QWidget:
    top = ET.parse(path).getroot()
    form_class = top.findtext("class")
    widget = top.find("widget")
    assert form_class and widget is not None
    module = importlib.import_module(f"hexie_desktop.gui.forms.{path.stem}_ui")
    root = BASES.get(widget.get("class", ""), QWidget)()
    getattr(module, f"Ui_{form_class}")().setupUi(root)
    return root


@pytest.mark.parametrize("form", sorted(FORMS.glob("*.ui")), ids=lambda p: p.stem)
def test_no_form_has_one_access_key_twice(qtbot: QtBot, language: str, form: Path) -> None:
    root = _built_form(form)
    qtbot.addWidget(root)
    assert duplicates(access_keys(root)) == {}, language


def _window(qtbot: QtBot, context: ScreenContext) -> MainWindow:
    window = MainWindow(context.settings, context.store.data_dir)
    qtbot.addWidget(window)
    window.resize(1280, 640)
    window.show()
    window.attach(context)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


@pytest.mark.usefixtures("chinese")
@pytest.mark.parametrize("role", ["clerk", "inspector"])
def test_no_section_shares_an_access_key_with_the_menus(
    qtbot: QtBot, role: str, request: pytest.FixtureRequest
) -> None:
    window = _window(qtbot, request.getfixturevalue(f"{role}_context"))
    for row, section in enumerate(window.sections):
        window.show_section(row)
        assert duplicates(access_keys(window, visible_only=True)) == {}, section.key


def _focused() -> QWidget | None:
    return QApplication.focusWidget()


def test_the_inspector_starts_on_todays_list_and_enter_opens_the_sheet(
    qtbot: QtBot, inspector_context: ScreenContext, windows: list[QWidget]
) -> None:
    window = _window(qtbot, inspector_context)
    table = window.current_screen().findChild(QTableView, "compound_table")
    assert table is not None
    qtbot.waitUntil(lambda: table.currentIndex().isValid())
    assert _focused() is table, _focused()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: any(isinstance(w, InspectionSheet) for w in QApplication.topLevelWidgets())
    )
    windows.extend(w for w in QApplication.topLevelWidgets() if isinstance(w, InspectionSheet))


def test_down_leaves_the_filter_for_its_list(
    qtbot: QtBot, inspector_context: ScreenContext
) -> None:
    window = _window(qtbot, inspector_context)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    screen = window.current_screen()
    table = screen.findChild(QTableView, "record_table")
    assert table is not None and _focused() is table
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    edit = _focused()
    assert isinstance(edit, QLineEdit)
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    assert _focused() is table and table.currentIndex().row() == 0


@pytest.mark.usefixtures("chinese")
def test_alt_f_goes_to_the_filter_not_the_menu(
    qtbot: QtBot, inspector_context: ScreenContext
) -> None:
    window = _window(qtbot, inspector_context)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    focused = _focused()
    assert isinstance(focused, QLineEdit) and focused.objectName() == "filter_edit"
    assert window.menuBar().activeAction() is None


def test_enter_in_the_navigation_moves_into_the_section(
    qtbot: QtBot, clerk_context: ScreenContext
) -> None:
    window = _window(qtbot, clerk_context)
    navigation = window.ui.section_list
    navigation.setFocus()
    qtbot.keyClick(navigation, Qt.Key.Key_Down)
    assert window.ui.section_list.currentRow() == 1
    assert _focused() is navigation
    qtbot.keyClick(navigation, Qt.Key.Key_Return)
    focused = _focused()
    assert focused is not None and focused is not navigation
    assert window.current_screen().isAncestorOf(focused)


def test_esc_closes_a_submitted_sheet_but_not_a_draft(
    qtbot: QtBot, inspector_context: ScreenContext, windows: list[QWidget]
) -> None:
    store = inspector_context.store
    compound_id = CompoundListing().ids(store, ListingQuery())[0]
    draft = inspections.start_inspection(store, compound_id).value
    sheet = InspectionSheet(inspector_context, draft.id)
    windows.append(sheet)
    with qtbot.waitActive(sheet):
        sheet.show()
        sheet.activateWindow()
    qtbot.keyClick(sheet.ui.indicator_tree, Qt.Key.Key_Escape)
    assert sheet.isVisible()
    sheet.close()

    view = inspections.sheet(store, draft.id)
    for indicator in view.indicators():
        inspections.set_score(store, draft.id, indicator.id, indicator.max_points)
    inspections.submit(store, draft.id)
    submitted = InspectionSheet(inspector_context, draft.id)
    windows.append(submitted)
    with qtbot.waitActive(submitted):
        submitted.show()
        submitted.activateWindow()
    qtbot.keyClick(submitted.ui.indicator_tree, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not shiboken6.isValid(submitted) or not submitted.isVisible())


@pytest.mark.usefixtures("chinese")
def test_the_new_tickets_save_has_its_own_access_key(
    qtbot: QtBot, inspector_context: ScreenContext
) -> None:
    dialog = NewComplaintDialog(inspector_context.runner, inspector_context.store)
    qtbot.addWidget(dialog)
    save = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
    assert save.text() == "保存(&S)"
    assert duplicates(access_keys(dialog)) == {}
