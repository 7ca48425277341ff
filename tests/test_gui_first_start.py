"""First start as a user meets it: choose a role, type a name, get the main window."""

import importlib.util

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from hexie_desktop.domain.roles import Role
from hexie_desktop.gui.context import ScreenContext
from hexie_desktop.gui.first_start import FirstStartDialog
from hexie_desktop.gui.main_window import MainWindow
from hexie_desktop.gui.operations import AppSignals
from hexie_desktop.gui.settings import AppSettings
from hexie_desktop.gui.tasks import TaskRunner
from hexie_desktop.services.listings.master import CompoundListing
from hexie_desktop.services.store import Store
from hexie_desktop.services.trust.identity import current_identity
from tests.gui_support import type_with_input_method

HAS_DEMO = importlib.util.find_spec("hexie_desktop.services.demo.generate") is not None


def _ok(dialog: FirstStartDialog) -> object:
    return dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)


def test_an_empty_name_is_refused_in_the_dialog(
    qtbot: QtBot, store: Store, runner: TaskRunner
) -> None:
    dialog = FirstStartDialog(store, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.ui.error_label.isVisible()
    assert current_identity(store) is None


def test_first_start_creates_the_identity_and_the_window_shows_it(
    qtbot: QtBot, store: Store, runner: TaskRunner, warnings: list[str]
) -> None:
    dialog = FirstStartDialog(store, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.ui.inspector_radio, Qt.MouseButton.LeftButton)
    type_with_input_method(dialog.ui.name_edit, "李考评")
    if not HAS_DEMO:
        qtbot.mouseClick(dialog.ui.demo_check, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.accepted, timeout=60_000):
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert warnings == []
    identity = current_identity(store)
    assert identity is not None
    assert (identity.name, identity.role) == ("李考评", Role.INSPECTOR)
    assert dialog.identity == identity
    if HAS_DEMO:
        assert CompoundListing().count(store) > 0

    settings = AppSettings(store.data_dir)
    window = MainWindow(settings, store.data_dir)
    qtbot.addWidget(window)
    window.show()
    window.attach(ScreenContext(store, runner, AppSignals(), settings, identity))
    status = window.identity_label.text()
    assert "李考评" in status and identity.id[:8] not in status, "people by name, not device id"
    assert identity.fingerprint[:4] in window.identity_label.toolTip()
    assert str(store.data_dir.root) in window.folder_label.text()


def test_a_clerk_without_demo_data_gets_the_clerks_sections(
    qtbot: QtBot, store: Store, runner: TaskRunner
) -> None:
    dialog = FirstStartDialog(store, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.ui.clerk_radio, Qt.MouseButton.LeftButton)
    type_with_input_method(dialog.ui.name_edit, "王文员")
    qtbot.mouseClick(dialog.ui.demo_check, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.keyClick(dialog.ui.name_edit, Qt.Key.Key_Return)
    identity = current_identity(store)
    assert identity is not None and identity.role == Role.CLERK
    assert CompoundListing().count(store) == 0
