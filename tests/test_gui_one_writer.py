"""One writer: a score typed while a merge holds the database's write lock waits its turn.

The merge of several inspectors' bundles runs on the task runner and is held part way, inside
its transaction, while the test checks that SQLite's write lock is taken, types a score on the
sheet and watches a 10 ms heartbeat keep ticking on the UI thread. Written on the UI thread, as
the sheet once did, the score would wait for the lock the merge holds, and the window with it.
"""

import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from hexie_desktop.gui.context import ScreenContext
from hexie_desktop.gui.inspection_sheet import InspectionSheet
from hexie_desktop.gui.operations import AppSignals
from hexie_desktop.gui.settings import AppSettings
from hexie_desktop.gui.sheet_model import SCORE
from hexie_desktop.gui.tasks import TaskRunner
from hexie_desktop.progress import Cancel, Progress
from hexie_desktop.services.authoring import authoring
from hexie_desktop.services.bundles.exchange import export_bundle, merge_bundles
from hexie_desktop.services.changes import Changed
from hexie_desktop.services.fieldwork import inspections
from hexie_desktop.services.rules.standards import default_policy_document, install_policy
from hexie_desktop.services.trust.identity import require_identity
from hexie_desktop.sync.report import BundleResult
from tests.sync_world import World, field_work, make_world

INSPECTORS = 3
WAIT_MS = 30_000


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    built = make_world(tmp_path, inspectors=INSPECTORS)
    with built.clerk.transaction() as session, authoring(session) as author:
        install_policy(session, default_policy_document(), author)
    yield built
    built.close()


@pytest.fixture
def context(world: World) -> Iterator[ScreenContext]:
    signals = AppSignals()
    runner = TaskRunner(signals)
    yield ScreenContext(
        world.clerk,
        runner,
        signals,
        AppSettings(world.clerk.data_dir),
        require_identity(world.clerk),
    )
    runner.shutdown()


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    for name in ("warning", "critical"):
        monkeypatch.setattr(
            QMessageBox, name, staticmethod(lambda _parent, _title, text: shown.append(text))
        )
    return shown


def _bundles(world: World) -> list[Path]:
    paths = []
    for number, inspector in enumerate(world.inspectors):
        field_work(inspector, world.master, compound=number)
        paths.append(export_bundle(inspector, world.root / "outbox").value.path)
    return paths


def _write_lock_taken(database: Path) -> bool:
    probe = sqlite3.connect(database, timeout=0, isolation_level=None)
    try:
        probe.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as error:
        return "locked" in str(error)
    else:
        probe.execute("ROLLBACK")
        return False
    finally:
        probe.close()


def _type(qtbot: QtBot, window: QWidget, text: str) -> None:
    focus = window.focusWidget()
    assert focus is not None
    qtbot.keyClicks(focus, text[0])
    editor = window.focusWidget()
    assert editor is not None and editor is not focus
    qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    QApplication.processEvents()


def test_a_score_typed_during_a_merge_is_shown_at_once_and_stored_after_it(
    qtbot: QtBot, world: World, context: ScreenContext, dialogs: list[str]
) -> None:
    store = world.clerk
    paths = _bundles(world)
    sheet_id = inspections.start_inspection(store, world.master.compounds[0]).value.id
    window = InspectionSheet(context, sheet_id)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    first = window.model.view.indicators()[0]

    held, release = threading.Event(), threading.Event()
    merged: list[list[BundleResult]] = []

    def merge(progress: Progress, cancel: Cancel) -> Changed[list[BundleResult]]:
        def paused(fraction: float, message: str) -> None:
            progress(fraction, message)
            if fraction > 1 / INSPECTORS and not held.is_set():  # inside the second bundle
                held.set()
                release.wait(WAIT_MS / 1000)

        return merge_bundles(store, paths, progress=paused, cancel=cancel)

    ticks: list[int] = []
    heartbeat = QTimer()
    heartbeat.timeout.connect(lambda: ticks.append(1))
    heartbeat.start(10)
    try:
        context.runner.run(merge, title="Merging bundles", on_success=merged.append)
        qtbot.waitUntil(held.is_set, timeout=WAIT_MS)
        assert _write_lock_taken(store.data_dir.database)

        _type(qtbot, window, "2.5")
        beats = len(ticks)
        qtbot.waitUntil(lambda: len(ticks) >= beats + 10, timeout=WAIT_MS)
        assert held.is_set() and not release.is_set() and context.runner.busy
        assert window.saving and window.ui.saved_label.text() == "Saving…"
        assert window.model.data(window.model.indicator_index(first.id, SCORE)) == "2.5"
        assert inspections.sheet(store, sheet_id).indicator(first.id).score is None
    finally:
        release.set()
        qtbot.waitUntil(lambda: not context.runner.busy, timeout=WAIT_MS)
        heartbeat.stop()

    assert [r.status for r in merged[0]] == ["applied"] * INSPECTORS
    assert inspections.sheet(store, sheet_id).indicator(first.id).score == 2.5
    assert not window.saving and window.ui.saved_label.text().startswith("Saved")
    assert window.model.view.indicator(first.id).score == 2.5
    assert dialogs == []
    if shiboken6.isValid(window):
        window.close()
