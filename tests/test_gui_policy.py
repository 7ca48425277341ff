"""Policy and standards as a clerk sees them: versions in force, content, and a new version."""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QDoubleSpinBox, QSpinBox
from pytestqt.qtbot import QtBot

from hexie_desktop.domain import bureau_time
from hexie_desktop.domain.quarters import Quarter
from hexie_desktop.gui.context import ScreenContext
from hexie_desktop.gui.operations import AppSignals
from hexie_desktop.gui.policy_dialog import PolicyDialog
from hexie_desktop.gui.policy_screen import PolicyScreen
from hexie_desktop.gui.settings import AppSettings
from hexie_desktop.gui.standard_dialog import POINTS, StandardDialog
from hexie_desktop.gui.tasks import TaskRunner
from hexie_desktop.services.demo.generate import DemoOptions, generate_demo
from hexie_desktop.services.rules.policies import policy_document
from hexie_desktop.services.store import Store
from hexie_desktop.services.trust.identity import require_identity
from tests.gui_support import shown_active


@pytest.fixture
def context(clerk_store: Store) -> Iterator[ScreenContext]:
    generate_demo(clerk_store, DemoOptions(firms=12, compounds=40, seed=1, master_only=True))
    signals = AppSignals()
    runner = TaskRunner(signals)
    yield ScreenContext(
        clerk_store,
        runner,
        signals,
        AppSettings(clerk_store.data_dir),
        require_identity(clerk_store),
    )
    runner.shutdown()


def _screen(qtbot: QtBot, context: ScreenContext) -> PolicyScreen:
    return shown_active(qtbot, PolicyScreen(context), 1100, 700)


def _row(screen: PolicyScreen, kind: str, version: int = 1) -> int:
    return next(n for n, v in enumerate(screen.versions) if v.kind == kind and v.version == version)


def _detail(screen: PolicyScreen) -> dict[str, str]:
    tree = screen.ui.detail_tree
    values = {}
    for n in range(tree.topLevelItemCount()):
        section = tree.topLevelItem(n)
        assert section is not None
        for m in range(section.childCount()):
            item = section.child(m)
            assert item is not None
            values[item.text(0)] = item.text(1)
    return values


def test_create_a_policy_version_with_red_count_8_and_see_it_listed(
    qtbot: QtBot, context: ScreenContext, warnings: list[str]
) -> None:
    screen = _screen(qtbot, context)
    assert sorted(v.kind for v in screen.versions) == ["community", "policy", "service"]
    assert all(v.in_force for v in screen.versions)
    screen.ui.version_table.setCurrentCell(_row(screen, "policy"), 0)
    assert _detail(screen)["Firms on the red list"] == "10"

    screen.ui.version_table.setFocus()
    qtbot.keyClick(screen.ui.version_table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: screen.dialog is not None)  # a shortcut clicks its button animated
    dialog = screen.dialog
    assert isinstance(dialog, PolicyDialog)
    red = dialog.findChild(QSpinBox, "lists__red_count_edit")
    assert red is not None and red.value() == 10
    red.setFocus()
    red.selectAll()
    qtbot.keyClicks(red, "8")
    assert red.value() == 8

    weight = dialog.findChild(QDoubleSpinBox, "complaints__weights__resolution_edit")
    assert weight is not None
    weight.setValue(0.9)
    ok = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and "complaints.weights" in dialog.ui.error_label.text()
    weight.setValue(0.3)
    assert ok.isEnabled() and not dialog.ui.error_label.isVisible()

    start = str(Quarter.containing(bureau_time.today()).next())
    assert dialog.ui.effective_combo.currentText() == start
    qtbot.keyClicks(dialog.ui.note_edit, "red list of 8")
    qtbot.keyPress(dialog, Qt.Key.Key_Return)  # the release reaches a dialog already saving
    qtbot.waitUntil(lambda: screen.dialog is None, timeout=5_000)
    assert warnings == []

    qtbot.waitUntil(lambda: any(v.version == 2 for v in screen.versions if v.kind == "policy"))
    row = _row(screen, "policy", 2)
    assert screen.ui.version_table.currentRow() == row
    cells = [screen.ui.version_table.item(row, c).text() for c in range(5)]  # type: ignore[union-attr]
    assert cells[1:4] == ["2", start, "Upcoming"]
    assert cells[4] == "red list of 8"
    assert _detail(screen)["Firms on the red list"] == "8"
    assert policy_document(context.store, 2)["lists"]["red_count"] == 8
    assert policy_document(context.store, 1)["lists"]["red_count"] == 10


def test_a_standard_version_must_still_add_up(
    qtbot: QtBot, context: ScreenContext, warnings: list[str]
) -> None:
    screen = _screen(qtbot, context)
    screen.ui.version_table.setCurrentCell(_row(screen, "service"), 0)
    tree = screen.ui.detail_tree
    assert tree.topLevelItemCount() == 4
    qtbot.mouseClick(screen.ui.new_version_button, Qt.MouseButton.LeftButton)
    dialog = screen.dialog
    assert isinstance(dialog, StandardDialog)
    ok = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled() and dialog.ui.balance_label.text().startswith("✓")
    part = dialog.ui.standard_tree.topLevelItem(0)
    assert part is not None
    first, second = part.child(0), part.child(1)
    assert first is not None and second is not None
    first.setText(POINTS, str(float(first.text(POINTS)) + 1))
    assert not ok.isEnabled()
    assert f"部分 {part.text(0)}" in dialog.ui.balance_label.text()
    second.setText(POINTS, str(float(second.text(POINTS)) - 1))
    assert ok.isEnabled()

    dialog.ui.standard_tree.setCurrentItem(first)
    before = first.childCount()
    qtbot.mouseClick(dialog.ui.add_deduction_button, Qt.MouseButton.LeftButton)
    assert first.childCount() == before + 1
    qtbot.mouseClick(dialog.ui.remove_deduction_button, Qt.MouseButton.LeftButton)
    assert first.childCount() == before

    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.dialog is None, timeout=5_000)
    assert warnings == []
    qtbot.waitUntil(lambda: any(v.version == 2 for v in screen.versions if v.kind == "service"))
