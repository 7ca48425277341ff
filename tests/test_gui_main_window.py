"""The main window: sections per role, keyboard navigation, remembered geometry."""

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from hexie_desktop.gui.context import ScreenContext
from hexie_desktop.gui.elided_label import ElidedLabel
from hexie_desktop.gui.main_window import MainWindow
from hexie_desktop.gui.operations import AppSignals
from hexie_desktop.gui.settings import LAST_SECTION, AppSettings
from hexie_desktop.gui.tasks import TaskRunner
from hexie_desktop.services.store import Store
from hexie_desktop.services.trust.identity import require_identity


def _window(qtbot: QtBot, store: Store, runner: TaskRunner) -> MainWindow:
    settings = AppSettings(store.data_dir)
    window = MainWindow(settings, store.data_dir)
    qtbot.addWidget(window)
    window.attach(ScreenContext(store, runner, AppSignals(), settings, require_identity(store)))
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def test_inspector_sections_and_ctrl_number(
    qtbot: QtBot, inspector_store: Store, runner: TaskRunner
) -> None:
    window = _window(qtbot, inspector_store, runner)
    titles = [
        window.ui.section_list.item(row).text() for row in range(window.ui.section_list.count())
    ]
    assert len(titles) == 7
    assert [s.key for s in window.sections] == [
        "today",
        "inspections",
        "compounds",
        "firms",
        "complaints",
        "bundles",
        "settings",
    ]
    assert window.current_screen().objectName() == "today_screen"
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.ui.section_list.currentRow() == 2
    assert window.current_screen().objectName() == "compounds_screen"
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    focused = QApplication.focusWidget()
    assert isinstance(focused, QLineEdit) and focused.objectName() == "filter_edit"
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert window.sections[window.ui.section_list.currentRow()].key == "settings"


def test_clerk_has_nine_sections_reachable_by_keyboard(
    qtbot: QtBot, clerk_store: Store, runner: TaskRunner
) -> None:
    window = _window(qtbot, clerk_store, runner)
    assert len(window.sections) == 9
    qtbot.keyClick(window, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    assert window.sections[window.ui.section_list.currentRow()].key == "settings"
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.sections[window.ui.section_list.currentRow()].key == "master"


def test_every_section_builds_its_screen_and_says_what_it_is_for(
    qtbot: QtBot, clerk_store: Store, runner: TaskRunner
) -> None:
    window = _window(qtbot, clerk_store, runner)
    for row, section in enumerate(window.sections):
        assert section.purpose in window.ui.section_list.item(row).toolTip()
        window.show_section(row)
        assert window.current_screen() is not None
        assert window.current_screen().objectName(), section.key


def test_geometry_and_section_survive_a_restart(
    qtbot: QtBot, inspector_store: Store, runner: TaskRunner
) -> None:
    first = _window(qtbot, inspector_store, runner)
    first.resize(760, 540)
    first.show_section(3)
    first.close()
    assert AppSettings(inspector_store.data_dir).get(LAST_SECTION) == "firms"

    second = _window(qtbot, inspector_store, runner)
    assert second.size() == QSize(760, 540)
    assert second.ui.section_list.currentRow() == 3


def test_an_elided_label_keeps_both_ends_and_the_whole_text_in_its_tooltip(qtbot: QtBot) -> None:
    text = "数据目录：/home/inspector/文档/和谐桌面/2026 年第四季度/备用数据目录"
    label = ElidedLabel(text)
    qtbot.addWidget(label)
    label.resize(label.sizeHint())
    assert label.shown_text() == text
    label.resize(label.minimumSizeHint().width(), label.height())
    shown = label.shown_text()
    assert "…" in shown and shown[0] == text[0] and shown[-1] == text[-1]
    assert label.toolTip() == text
    assert label.minimumSizeHint().width() < label.sizeHint().width()


def test_before_its_data_the_window_says_what_opening_is_doing(qtbot: QtBot, store: Store) -> None:
    window = MainWindow(AppSettings(store.data_dir), store.data_dir)
    qtbot.addWidget(window)
    window.show()
    assert window.current_screen().objectName() == "opening_label"
    assert window.ui.section_list.count() == 0
    window.say_opening("正在备份数据库并升级数据结构…")
    assert window.opening_label.text() == "正在备份数据库并升级数据结构…"
    window.focus_filter()
    window.close()
    assert AppSettings(store.data_dir).get(LAST_SECTION) == ""
