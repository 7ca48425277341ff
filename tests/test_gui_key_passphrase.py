"""The window asks for a sealed key's passphrase once, at start, and sets one from the screens."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from hexie_desktop.gui.bundles_screen import BundlesScreen
from hexie_desktop.gui.key_passphrase import unlock_at_start
from hexie_desktop.gui.tasks import TaskRunner
from hexie_desktop.services.bundles.exchange import export_bundle
from hexie_desktop.services.trust.passphrase import key_is_sealed, protect_key
from tests.gui_support import context_for, shown_active
from tests.sync_world import World, field_work, make_world

PASSPHRASE = "长城永不倒-2026"


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    built = make_world(tmp_path / "world")
    yield built
    built.close()


def _answers(monkeypatch: pytest.MonkeyPatch, answers: list[tuple[str, bool]]) -> list[str]:
    asked: list[str] = []

    def answer(_parent: object, _title: str, label: str, *_a: object) -> tuple[str, bool]:
        asked.append(label)
        return answers.pop(0)

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(answer))
    return asked


def test_a_sealed_key_is_unlocked_once_at_start_after_a_wrong_try(
    qtbot: QtBot, world: World, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    inspector = world.inspectors[0]
    protect_key(inspector, PASSPHRASE)
    inspector.keys.forget()
    asked = _answers(monkeypatch, [("错的口令啊啊啊", True), (PASSPHRASE, True)])
    assert unlock_at_start(None, inspector)
    assert len(asked) == 2 and asked[1].startswith("Wrong passphrase")
    field_work(inspector, world.master)
    assert export_bundle(inspector, tmp_path / "stick").value.sealed  # no further question
    assert len(asked) == 2

    inspector.keys.forget()
    _answers(monkeypatch, [("", False)])
    assert not unlock_at_start(None, inspector)


def test_an_inspector_sets_a_passphrase_from_the_bundles_screen(
    qtbot: QtBot, world: World, runner: TaskRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    inspector = world.inspectors[0]
    screen = shown_active(qtbot, BundlesScreen(context_for(inspector, runner)))
    _answers(monkeypatch, [(PASSPHRASE, True), (PASSPHRASE, True)])
    qtbot.mouseClick(screen.ui.passphrase_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: key_is_sealed(inspector))
    qtbot.waitUntil(lambda: "protected by the passphrase" in screen.ui.export_state_label.text())
