"""The clerk's Merge Bundles page, driven as a clerk would: pick, preview, merge, read the summary."""

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from hexie_desktop.domain.clock import pack
from hexie_desktop.gui.merge_screen import MergeScreen
from hexie_desktop.gui.tasks import TaskRunner
from hexie_desktop.services.bundles.exchange import export_bundle, verify_bundles
from hexie_desktop.services.store import Store
from hexie_desktop.services.trust.keys import export_key_card, list_keys
from tests.gui_support import context_for, shown_active
from tests.sync_world import World, copy_world, field_work, make_world, new_store


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> World:
    built = make_world(tmp_path_factory.mktemp("merge-template"), inspectors=2)
    built.close()
    return built


@pytest.fixture
def world(template: World, tmp_path: Path) -> Iterator[World]:
    copied = copy_world(template, tmp_path / "world")
    yield copied
    copied.close()


@pytest.fixture(autouse=True)
def asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Merging asks to confirm: the clerk says yes; each question is recorded."""
    questions: list[str] = []

    def answer_yes(_parent: QWidget, _title: str, text: str, *_args: object) -> object:
        questions.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(answer_yes))
    return questions


def _screen(qtbot: QtBot, store: Store, runner: TaskRunner) -> MergeScreen:
    return shown_active(qtbot, MergeScreen(context_for(store, runner)))


def _inbox(world: World) -> Path:
    inbox = world.root / "stick"
    inbox.mkdir()
    for inspector in world.inspectors:
        field_work(inspector, world.master)
        export_bundle(inspector, inbox)
    return inbox


def _click_and_wait(qtbot: QtBot, screen: MergeScreen, button: QWidget) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not screen.busy, timeout=30_000)


def test_merge_a_folder_then_again_shows_applied_then_duplicate(
    qtbot: QtBot,
    world: World,
    runner: TaskRunner,
    *,
    warnings: list[str],
    monkeypatch: pytest.MonkeyPatch,
    asked: list[str],
) -> None:
    inbox = _inbox(world)
    screen = _screen(qtbot, world.clerk, runner)
    assert not screen.ui.merge_button.isEnabled()
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", staticmethod(lambda *_args: str(inbox))
    )
    qtbot.mouseClick(screen.ui.add_folder_button, Qt.MouseButton.LeftButton)
    assert screen.ui.file_list.count() == 2

    _click_and_wait(qtbot, screen, screen.ui.preview_button)
    summary = screen.ui.summary
    assert [r.status for r in summary.results] == ["applied", "applied"]
    assert all(r.dry_run for r in summary.results)
    assert summary.ui.detail_tabs.isTabVisible(1)
    assert summary.change_model.rowCount() > 0
    assert verify_bundles(world.clerk, [inbox])[0].status == "valid"

    inserted_in_preview = sum(r.counts["inserted"] for r in summary.results)
    _click_and_wait(qtbot, screen, screen.ui.merge_button)
    assert asked == [
        f"Merge 2 bundles into this computer's database? They add {inserted_in_preview} "
        "records, change 0 and delete 0; 0 records will wait in Pending Review."
    ]
    assert [r.status for r in summary.results] == ["applied", "applied"]
    assert not summary.ui.detail_tabs.isTabVisible(1)
    model = summary.bundle_model
    inserted = model.headerData(4, Qt.Orientation.Horizontal)
    assert inserted == "New"
    assert [model.row(n)[3] for n in range(2)] == ["Merged", "Merged"]
    assert all(int(model.row(n)[4] or 0) > 0 for n in range(2))
    assert summary.table_model.rowCount() > 0
    assert "Added" in summary.ui.headline_label.text()

    qtbot.keyClick(screen, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not screen.busy and summary.results[0].status == "duplicate")
    assert [r.status for r in summary.results] == ["duplicate", "duplicate"]
    assert len(asked) == 1, "nothing new to merge: nothing to confirm"
    assert "Nothing to merge" in screen.ui.status_label.text()
    assert warnings == []


def test_the_preview_goes_when_the_list_changes_and_a_copy_counts_once(
    qtbot: QtBot, world: World, runner: TaskRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    inbox = _inbox(world)
    first = sorted(inbox.glob("*.hexie"))[0]
    copy = world.root / "另一个U盘" / "改过名字.hexie"
    copy.parent.mkdir()
    copy.write_bytes(first.read_bytes())
    screen = _screen(qtbot, world.clerk, runner)
    screen.add_paths([first])
    _click_and_wait(qtbot, screen, screen.ui.preview_button)
    assert screen.ui.summary.results
    screen.add_paths([copy])
    assert screen.ui.summary.results == []
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *_args: QMessageBox.StandardButton.No)
    )
    _click_and_wait(qtbot, screen, screen.ui.merge_button)
    statuses = [r.status for r in screen.ui.summary.results]
    assert statuses == ["applied", "duplicate"]
    assert all(r.dry_run for r in screen.ui.summary.results), "refusing the question merges nothing"


def test_a_dropped_tampered_bundle_is_refused_with_its_reason(
    qtbot: QtBot, world: World, runner: TaskRunner, warnings: list[str]
) -> None:
    field_work(world.inspectors[0], world.master)
    path = export_bundle(world.inspectors[0], world.root / "outbox").value.path
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle] ^= 0xFF
    tampered = world.root / "tampered.hexie"
    tampered.write_bytes(bytes(data))
    screen = _screen(qtbot, world.clerk, runner)

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tampered))])
    drop = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    # Offscreen Qt delivers no synthetic drop through the event loop; the handler is what runs.
    screen.dropEvent(drop)
    assert drop.isAccepted()
    assert screen.files() == [tampered]

    _click_and_wait(qtbot, screen, screen.ui.merge_button)
    [result] = screen.ui.summary.results
    assert result.status == "refused"
    row = screen.ui.summary.bundle_model.row(0)
    assert row[3] == "Refused"
    assert "数据包被拒绝" in str(row[-1])
    assert "refused" in screen.ui.status_label.text()
    # The whole reason, however long, is readable: on hovering the cell and under the table.
    model = screen.ui.summary.bundle_model
    why = model.index(0, model.columnCount() - 1)
    assert model.data(why, Qt.ItemDataRole.ToolTipRole) == result.reason
    assert result.reason in screen.ui.summary.ui.notes_label.text()
    assert screen.ui.summary.ui.notes_label.wordWrap()
    assert warnings == []


def test_keys_are_enrolled_and_revoked_and_the_master_bundle_exported(
    qtbot: QtBot,
    world: World,
    runner: TaskRunner,
    warnings: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    newcomer = new_store(world.root, "newcomer", "inspector")
    try:
        card = export_key_card(newcomer, world.root)
    finally:
        newcomer.close()
    screen = _screen(qtbot, world.clerk, runner)
    qtbot.keyClick(screen, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = screen.keys_dialog
    assert dialog is not None
    # Each installation's Ed25519 and 国密 SM2 keys: this computer's and the two inspectors'.
    assert dialog.model.rowCount() == 6
    assert [dialog.model.row(n)[3] for n in range(6)] == ["Ed25519", "National SM2"] * 3
    assert len(dialog.model.row(0)[4].split()) == 16  # type: ignore[union-attr]

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *_a: (str(card), "")))
    offered: list[list[str]] = []

    def choose_clerk(
        _parent: object, _title: str, _text: str, items: list[str], *_a: object
    ) -> tuple[str, bool]:
        offered.append(items)
        return items[1], True

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(choose_clerk))
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *_a: QMessageBox.StandardButton.No)
    )
    qtbot.mouseClick(dialog.ui.enrol_button, Qt.MouseButton.LeftButton)
    assert dialog.model.rowCount() == 6  # a clerk's role not confirmed: nothing enrolled
    assert offered and len(offered[0]) == 2

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *a: (a[3][a[4]], True)))
    qtbot.mouseClick(dialog.ui.enrol_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 8)
    assert "newcomer" in dialog.ui.result_label.text()
    assert "SM2" in dialog.ui.result_label.text()
    assert dialog.keys[6].role == dialog.keys[7].role == "inspector"

    dialog.ui.key_table.selectRow(6)
    monkeypatch.setattr(
        QInputDialog, "getText", staticmethod(lambda *_a, **_k: ("笔记本电脑遗失", True))
    )
    qtbot.mouseClick(dialog.ui.revoke_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.keys[6].status == "revoked")
    assert dialog.model.row(6)[6] == "笔记本电脑遗失"
    # Both keys of the lost laptop.
    assert [k.status for k in list_keys(world.clerk)].count("revoked") == 2
    dialog.close()

    stick = world.root / "master-stick"
    stick.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *_a: str(stick)))
    _click_and_wait(qtbot, screen, screen.ui.master_export_button)
    assert screen.last_export is not None
    exported, check = screen.last_export
    assert exported.kind == "master" and exported.path.parent == stick
    assert check.records == sum(exported.record_counts.values())
    assert "read back intact" in screen.ui.status_label.text()
    assert warnings == []


def test_a_gap_in_an_inspectors_chain_is_shown(
    qtbot: QtBot, world: World, runner: TaskRunner, warnings: list[str]
) -> None:
    inspector = world.inspectors[0]
    field_work(inspector, world.master)
    export_bundle(inspector, world.root / "lost")
    field_work(inspector, world.master, compound=1)
    second = export_bundle(inspector, world.root / "outbox").value.path
    screen = _screen(qtbot, world.clerk, runner)
    screen.add_paths([second])
    _click_and_wait(qtbot, screen, screen.ui.merge_button)
    [result] = screen.ui.summary.results
    assert result.gaps == [1]
    assert "Missing bundles No. 1" in str(screen.ui.summary.bundle_model.row(0)[-1])
    assert "Gap in this inspector's chain" in screen.ui.summary.ui.notes_label.text()
    assert warnings == []


def test_a_bundle_stamped_in_the_future_is_reported_with_the_clock(
    qtbot: QtBot, world: World, runner: TaskRunner, warnings: list[str]
) -> None:
    """Edited under a clock in 2035, exported after it was put right: both times disagree."""
    inspector = world.inspectors[0]
    field_work(inspector, world.master)
    future = pack(int(dt.datetime(2035, 6, 1, tzinfo=dt.UTC).timestamp() * 1000), 0)
    with inspector.transaction() as session:
        for table in ("inspection", "indicatorscore", "photo", "attachment", "survey"):
            session.execute(
                text(f"UPDATE {table} SET hlc = :future + (hlc & 65535)"), {"future": future}
            )
    bundle = export_bundle(inspector, world.root / "outbox").value.path
    screen = _screen(qtbot, world.clerk, runner)
    screen.add_paths([bundle])
    _click_and_wait(qtbot, screen, screen.ui.merge_button)
    [result] = screen.ui.summary.results
    assert {note["finding"] for note in result.clock} == {"stamps_ahead", "stamps_after_created"}
    why = str(screen.ui.summary.bundle_model.row(0)[-1])
    assert "Clock: 记录时间戳最晚到 2035-06-01 08:00" in why
    assert "发送方的时钟在编辑后被调回过" in screen.ui.summary.ui.notes_label.text()
    assert warnings == []
