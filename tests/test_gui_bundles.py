"""The inspector's Bundles page and first start with the bureau's master bundle, as a user meets them."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog
from pytestqt.qtbot import QtBot
from sqlmodel import select

from hexie_desktop.domain.roles import Role
from hexie_desktop.gui.bundles_screen import BundlesScreen
from hexie_desktop.gui.first_start import FirstStartDialog
from hexie_desktop.gui.tasks import TaskRunner
from hexie_desktop.services.bundles.exchange import export_bundle, merge_bundles
from hexie_desktop.services.listings.master import CompoundListing
from hexie_desktop.services.store import Store
from hexie_desktop.services.trust.identity import current_identity, require_identity
from hexie_desktop.storage.tables import TrustedKey
from tests.gui_support import context_for, shown_active, type_with_input_method
from tests.sync_world import World, copy_world, field_work, make_world


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> World:
    built = make_world(tmp_path_factory.mktemp("bundles-template"), inspectors=1)
    built.close()
    return built


@pytest.fixture
def world(template: World, tmp_path: Path) -> Iterator[World]:
    copied = copy_world(template, tmp_path / "world")
    yield copied
    copied.close()


def _screen(qtbot: QtBot, store: Store, runner: TaskRunner) -> BundlesScreen:
    return shown_active(qtbot, BundlesScreen(context_for(store, runner)))


def _answer_folder(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *_a: str(folder)))


def test_export_to_a_stick_is_verified_summarised_and_merges_at_the_bureau(
    qtbot: QtBot,
    world: World,
    runner: TaskRunner,
    warnings: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    inspector = world.inspectors[0]
    field_work(inspector, world.master)
    screen = _screen(qtbot, inspector, runner)
    assert screen.history_model.rowCount() == 1  # the master bundle of make_world
    assert "No master bundle" not in screen.ui.import_state_label.text()
    stick = world.root / "usb"
    stick.mkdir()
    _answer_folder(monkeypatch, stick)
    qtbot.keyClick(screen, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: screen.last_export is not None, timeout=30_000)
    assert screen.last_export is not None
    result, check = screen.last_export
    [written] = list(stick.glob("*.hexie"))
    assert written == result.path and written.name.startswith("inspector0-")
    assert check.records == sum(result.record_counts.values()) > 0
    text = screen.ui.export_state_label.text()
    assert "read back intact" in text and written.name in text
    tables = [screen.count_model.row(n)[0] for n in range(screen.count_model.rowCount())]
    assert "考评记录" in tables and "指标得分" in tables
    assert screen.history_model.rowCount() == 2
    assert screen.history_model.row(0)[1] == "Exported"
    [merged] = merge_bundles(world.clerk, [written]).value
    assert merged.status == "applied"

    qtbot.mouseClick(screen.ui.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(warnings) == 1, timeout=30_000)
    assert "没有新的改动" in warnings[0]
    assert not screen.busy and "Nothing was exported" in screen.ui.export_state_label.text()


def test_import_a_new_master_bundle_shows_the_signer_then_merges(
    qtbot: QtBot,
    world: World,
    runner: TaskRunner,
    warnings: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = export_bundle(world.clerk, world.root / "outbox", master=True).value.path
    screen = _screen(qtbot, world.inspectors[0], runner)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *_a: (str(path), "")))
    qtbot.mouseClick(screen.ui.import_button, Qt.MouseButton.LeftButton)
    dialog = screen.import_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.card is not None, timeout=30_000)
    assert "Verified" in dialog.ui.verdict_label.text()
    assert dialog.ui.signer_label.text().startswith("clerk (Clerk)")
    assert "already trusts" in dialog.ui.key_label.text()
    assert dialog.count_model.rowCount() > 3
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.merged is not None, timeout=30_000)
    assert dialog.merged is not None and dialog.merged.status == "applied"
    assert "Imported" in dialog.ui.result_label.text()
    close = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Close)
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.import_dialog is None)
    assert screen.history_model.rowCount() == 2
    assert warnings == []


def test_first_start_imports_the_master_bundle_and_pins_the_bureau_key(
    qtbot: QtBot,
    world: World,
    store: Store,
    *,
    runner: TaskRunner,
    warnings: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = export_bundle(world.clerk, world.root / "outbox", master=True).value.path
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *_a: (str(path), "")))
    dialog = FirstStartDialog(store, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    type_with_input_method(dialog.ui.name_edit, "赵考评")
    qtbot.mouseClick(dialog.ui.clerk_radio, Qt.MouseButton.LeftButton)
    assert not dialog.ui.master_bundle_check.isEnabled()
    qtbot.mouseClick(dialog.ui.inspector_radio, Qt.MouseButton.LeftButton)
    dialog.ui.master_bundle_check.setFocus()
    qtbot.keyClick(dialog.ui.master_bundle_check, Qt.Key.Key_Space)
    assert dialog.ui.master_bundle_check.isChecked() and not dialog.ui.demo_check.isChecked()
    qtbot.mouseClick(
        dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: dialog.import_dialog is not None, timeout=10_000)
    importer = dialog.import_dialog
    assert importer is not None
    qtbot.waitUntil(lambda: importer.card is not None, timeout=30_000)
    assert "first bureau bundle" in importer.ui.key_label.text()
    fingerprint = importer.ui.fingerprint_label.text()
    assert len(fingerprint.split()) == 16
    qtbot.mouseClick(importer.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: importer.merged is not None, timeout=30_000)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.mouseClick(
            importer.ui.button_box.button(QDialogButtonBox.StandardButton.Close),
            Qt.MouseButton.LeftButton,
        )
    identity = current_identity(store)
    assert identity is not None and identity.role == Role.INSPECTOR
    assert CompoundListing().count(store) == len(world.master.compounds)
    with store.reading() as session:
        [pinned] = session.exec(select(TrustedKey)).all()
    assert pinned.role == "clerk"
    assert pinned.fingerprint == require_identity(world.clerk).fingerprint
    assert fingerprint.replace(" ", "") == pinned.fingerprint
    assert warnings == []
