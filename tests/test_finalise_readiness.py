"""Finalising a quarter says first what it would leave out: undecided records, lost bundles."""

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from hexie_desktop.gui.results_screen import ResultsScreen
from hexie_desktop.gui.tasks import TaskRunner
from hexie_desktop.services.authoring import authoring
from hexie_desktop.services.bundles.exchange import export_bundle, merge_bundles
from hexie_desktop.services.bundles.readiness_view import MissingBundles, finalise_readiness
from hexie_desktop.services.evaluation.quarters import is_finalised
from hexie_desktop.storage.tables import Firm
from tests.gui_support import context_for
from tests.sync_world import QUARTER, World, field_work, make_world


@pytest.fixture
def world(tmp_path: Path) -> World:
    return make_world(tmp_path / "world", inspectors=1)


def _held_and_a_gap(world: World) -> None:
    """Bundle 1 lost on the way; bundle 2 renames a firm, which an inspector may not."""
    inspector = world.inspectors[0]
    field_work(inspector, world.master)
    export_bundle(inspector, world.root / "lost")
    field_work(inspector, world.master, compound=1)
    with inspector.transaction() as session, authoring(session) as author:
        firm = session.get(Firm, world.master.firms[1])
        assert firm is not None
        firm.name = "考评员改的名字"
        stamp = author.stamp()
        firm.hlc, firm.author_id = stamp["hlc"], stamp["author_id"]
        session.add(firm)
    merge_bundles(world.clerk, [export_bundle(inspector, world.root / "outbox").value.path])


def test_a_clean_database_is_ready(world: World) -> None:
    field_work(world.inspectors[0], world.master)
    merge_bundles(world.clerk, [export_bundle(world.inspectors[0], world.root / "out").value.path])
    assert finalise_readiness(world.clerk).clear


def test_held_records_and_missing_bundles_are_counted_by_inspector(world: World) -> None:
    _held_and_a_gap(world)
    readiness = finalise_readiness(world.clerk)
    assert readiness.held == 1 and readiness.conflicts == 0
    assert readiness.missing == (MissingBundles("inspector0", (1,)),)


def test_finalising_lists_what_waits_and_defaults_to_no(
    qtbot: QtBot, world: World, runner: TaskRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    _held_and_a_gap(world)
    asked: list[tuple[str, object]] = []

    def question(_p: QWidget, _t: str, text: str, _buttons: object, default: object) -> object:
        asked.append((text, default))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    context = context_for(world.clerk, runner)
    screen = ResultsScreen(context)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitUntil(lambda: screen.quarter is not None and str(screen.quarter) == QUARTER)
    screen.finalise()
    [(text, default)] = asked
    lines = text.splitlines()
    assert lines[0] == "Still waiting:"
    assert "· 1 held records are not decided (Pending Review)" in lines
    assert "· bundles No. 1 of inspector0 have not arrived" in lines
    assert default == QMessageBox.StandardButton.No
    QApplication.processEvents()
    quarter = screen.quarter
    assert quarter is not None
    with world.clerk.reading() as session:
        assert not is_finalised(session, quarter)
