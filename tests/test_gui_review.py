"""The clerk's Pending Review page: compare a held record with the record in force, decide it."""

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import text
from sqlmodel import col, select

from hexie_desktop.domain.clock import pack, physical_ms, wall_clock_ms
from hexie_desktop.gui.context import ScreenContext
from hexie_desktop.gui.review_screen import ReviewScreen
from hexie_desktop.gui.settings import AppSettings
from hexie_desktop.gui.tasks import TaskRunner
from hexie_desktop.services.authoring import authoring
from hexie_desktop.services.bundles.exchange import export_bundle, merge_bundles
from hexie_desktop.services.trust.identity import require_identity
from hexie_desktop.storage.tables import AuditEvent, Firm, HeldRecord, Inspection, QuarterStatus
from tests.gui_support import type_with_input_method
from tests.sync_world import QUARTER, World, copy_world, edit_note, field_work, make_world


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> World:
    built = make_world(tmp_path_factory.mktemp("review-gui-template"), inspectors=1)
    built.close()
    return built


@pytest.fixture
def world(template: World, tmp_path: Path) -> Iterator[World]:
    copied = copy_world(template, tmp_path / "world")
    yield copied
    copied.close()


def _merge(world: World) -> None:
    path = export_bundle(world.inspectors[0], world.root / "outbox").value.path
    merge_bundles(world.clerk, [path])


def _rename_firm(world: World) -> None:
    with world.inspectors[0].transaction() as session, authoring(session) as author:
        firm = session.get(Firm, world.master.firms[1])
        assert firm is not None
        firm.name = "考评员改的名字"
        stamp = author.stamp()
        firm.hlc, firm.author_id = stamp["hlc"], stamp["author_id"]
        session.add(firm)


@pytest.fixture(autouse=True)
def asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Deciding whole groups asks first: the clerk says yes; each question is recorded."""
    questions: list[str] = []

    def answer_yes(_parent: QWidget, _title: str, text: str, *_args: object) -> object:
        questions.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(answer_yes))
    return questions


def _select_record(screen: ReviewScreen, group: int, record: int = 0) -> None:
    """Open a group of the held tree and select one of its records."""
    tree, model = screen.ui.held_table, screen.held_model
    parent = model.index(group, 0)
    tree.expand(parent)
    tree.setCurrentIndex(model.index(record, 0, parent))


def _screen(qtbot: QtBot, world: World, runner: TaskRunner) -> ReviewScreen:
    store = world.clerk
    context = ScreenContext(
        store, runner, runner.signals, AppSettings(store.data_dir), require_identity(store)
    )
    screen = ReviewScreen(context)
    qtbot.addWidget(screen)
    screen.resize(1100, 760)
    screen.show()
    screen.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screen)
    return screen


def test_accept_a_held_record_side_by_side_and_audited(
    qtbot: QtBot, qtmodeltester: ModelTester, world: World, runner: TaskRunner, warnings: list[str]
) -> None:
    _rename_firm(world)
    _merge(world)
    screen = _screen(qtbot, world, runner)
    qtmodeltester.check(screen.held_model)
    qtmodeltester.check(screen.diff_model)
    assert screen.held_model.rowCount() == 1
    assert "(1)" in screen.ui.review_tabs.tabText(0)
    assert not screen.ui.accept_button.isEnabled()

    screen.ui.filter_edit.setFocus()
    qtbot.keyClick(screen.ui.filter_edit, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is screen.ui.held_table
    qtbot.keyClick(screen.ui.held_table, Qt.Key.Key_Space)
    assert "1 held records of 物业服务企业 sent by inspector0" in screen.ui.detail_label.text()
    qtbot.keyClick(screen.ui.held_table, Qt.Key.Key_Return)
    qtbot.keyClick(screen.ui.held_table, Qt.Key.Key_Down)
    assert screen.item is not None
    rows = [screen.diff_model.row(n) for n in range(screen.diff_model.rowCount())]
    assert ("名称", "物业公司1", "考评员改的名字") in rows
    assert "无权" in screen.ui.detail_label.text()

    screen.ui.differences_check.setFocus()
    qtbot.keyClick(screen.ui.differences_check, Qt.Key.Key_Space)
    assert screen.diff_model.rowCount() > len(rows)

    screen.ui.reason_edit.setFocus()
    type_with_input_method(screen.ui.reason_edit, "已电话核实")
    qtbot.keyClick(screen.ui.reason_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: screen.held_model.rowCount() == 0, timeout=10_000)
    assert "Accepted 1 records: 0 added, 1 changed" in screen.ui.status_label.text()
    assert "(0)" in screen.ui.review_tabs.tabText(0)
    with world.clerk.reading() as session:
        firm = session.get(Firm, world.master.firms[1])
        assert firm is not None and firm.name == "考评员改的名字"
        [event] = session.exec(
            select(AuditEvent).where(col(AuditEvent.action) == "held.accepted")
        ).all()
        assert event.detail["reason"] == "已电话核实"
    assert warnings == []


def test_reject_a_selection_needs_a_reason(
    qtbot: QtBot, world: World, runner: TaskRunner, warnings: list[str], asked: list[str]
) -> None:
    with world.clerk.transaction() as session, authoring(session) as author:
        session.add(
            QuarterStatus(
                quarter=QUARTER,
                finalised=True,
                finalised_at=dt.datetime.now(dt.UTC),
                **author.stamp(),
            )
        )
    field_work(world.inspectors[0], world.master, photo=False, scores=2)
    _merge(world)
    screen = _screen(qtbot, world, runner)
    assert screen.held_model.held_count == 6
    screen.ui.held_table.selectAll()
    assert "6 records in 5 groups selected" in screen.ui.detail_label.text()
    qtbot.mouseClick(screen.ui.reject_button, Qt.MouseButton.LeftButton)
    assert "reason" in screen.ui.status_label.text()
    assert QApplication.focusWidget() is screen.ui.reason_edit
    type_with_input_method(screen.ui.reason_edit, "季度已定稿，请下季度重新考评")
    qtbot.mouseClick(screen.ui.reject_button, Qt.MouseButton.LeftButton)
    assert asked == ["Reject 6 held records in 5 groups?"]
    qtbot.waitUntil(lambda: screen.held_model.rowCount() == 0, timeout=10_000)
    with world.clerk.reading() as session:
        decisions = {h.decision for h in session.exec(select(HeldRecord)).all()}
    assert decisions == {"rejected"}
    assert warnings == []


def test_conflicts_are_compared_and_marked_reviewed(
    qtbot: QtBot, qtmodeltester: ModelTester, world: World, runner: TaskRunner, warnings: list[str]
) -> None:
    inspection = field_work(world.inspectors[0], world.master)
    _merge(world)
    edit_note(world.clerk, inspection, "工作人员修改")
    edit_note(world.inspectors[0], inspection, "考评员修改")
    _merge(world)
    screen = _screen(qtbot, world, runner)
    qtbot.mouseClick(
        screen.ui.review_tabs.tabBar(),
        Qt.MouseButton.LeftButton,
        pos=screen.ui.review_tabs.tabBar().tabRect(1).center(),
    )
    assert not screen.on_held and screen.ui.reviewed_button.isVisible()
    qtmodeltester.check(screen.conflict_model)
    screen.ui.conflict_table.selectRow(0)
    shown = [
        screen.conflict_model.data(screen.conflict_model.index(0, column))
        for column in range(screen.conflict_model.columnCount())
    ]
    assert shown[2].startswith("考评员“inspector0” · “小区0”")
    assert inspection not in "".join(shown), "the record by what it is about, not its id"
    rows = [screen.diff_model.row(n) for n in range(screen.diff_model.rowCount())]
    assert ("备注", "考评员修改", "工作人员修改") in rows
    qtbot.mouseClick(screen.ui.reviewed_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.conflict_model.rowCount() == 0, timeout=10_000)
    assert "Marked 1 conflicts reviewed" in screen.ui.status_label.text()
    assert warnings == []


def test_accepting_a_record_held_for_its_clock_stamps_it_again(
    qtbot: QtBot, world: World, runner: TaskRunner, warnings: list[str]
) -> None:
    """The issue's 2035 version accepted by a clerk must not beat every later edit for years."""
    inspector = world.inspectors[0]
    inspection = field_work(inspector, world.master, scores=1, photo=False)
    future = pack(int(dt.datetime(2035, 6, 1, tzinfo=dt.UTC).timestamp() * 1000), 0)
    with inspector.transaction() as session:
        session.execute(
            text("UPDATE inspection SET hlc = :future WHERE id = :id"),
            {"future": future, "id": inspection},
        )
    _merge(world)
    screen = _screen(qtbot, world, runner)
    with world.clerk.reading() as session:
        [held] = session.exec(select(HeldRecord).where(col(HeldRecord.row_id) == inspection)).all()
    assert "时钟超前" in held.reason and "发送方电脑的时钟可能有误" in held.reason
    dependants = screen.held_model.held_count
    screen.ui.held_table.selectAll()
    screen.ui.accept_button.click()
    qtbot.waitUntil(lambda: screen.held_model.rowCount() == 0, timeout=10_000)
    assert "were stamped again with this computer's clock" in screen.ui.status_label.text()
    assert dependants >= 2, "the inspection and the score citing it"
    with world.clerk.reading() as session:
        row = session.get(Inspection, inspection)
        assert row is not None and physical_ms(row.hlc) <= wall_clock_ms()
    assert warnings == []


def test_a_sheet_for_a_firm_not_serving_the_compound_waits_with_its_reason_in_words(
    qtbot: QtBot, world: World, runner: TaskRunner, warnings: list[str]
) -> None:
    inspector = world.inspectors[0]
    sheet = field_work(inspector, world.master, photo=False)
    with inspector.transaction() as session, authoring(session) as author:
        row = session.get(Inspection, sheet)
        assert row is not None
        row.firm_id, row.hlc = world.master.firms[1], author.clock.tick()
        session.add(row)
    _merge(world)
    screen = _screen(qtbot, world, runner)
    shown = [
        screen.held_model.data(screen.held_model.index(n, 5))
        for n in range(screen.held_model.rowCount())
    ]
    assert "“物业公司1”在 2026-08-03 没有服务“小区0”的有效合同：该考评不能记到这家企业名下" in shown
    assert all("所属的考评记录已被暂扣" in text for text in shown if "合同" not in text)
    _select_record(screen, next(n for n, text in enumerate(shown) if "合同" in text))
    rows = {
        screen.diff_model.row(n)[0]: screen.diff_model.row(n)[1:]
        for n in range(screen.diff_model.rowCount())
    }
    assert rows["物业服务企业"] == ("—", "物业公司1")
    assert rows["小区"] == ("—", "小区0")
    assert rows["最后修改人"][1] == "inspector0", "people by name, never by device id"
    assert "版本时间戳" not in rows and "编号" not in rows, "the sync's bookkeeping is not shown"
    assert rows["已删除"] == ("—", "No")
    assert warnings == []


def test_held_records_of_one_cause_are_one_group_decided_whole_after_asking(  # noqa: PLR0917
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    world: World,
    runner: TaskRunner,
    warnings: list[str],
    asked: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with world.clerk.transaction() as session, authoring(session) as author:
        session.add(
            QuarterStatus(
                quarter=QUARTER,
                finalised=True,
                finalised_at=dt.datetime.now(dt.UTC),
                **author.stamp(),
            )
        )
    field_work(world.inspectors[0], world.master, photo=False, scores=5)
    _merge(world)
    screen = _screen(qtbot, world, runner)
    model, tree = screen.held_model, screen.ui.held_table
    groups = {model.data(model.index(n, 1)): n for n in range(model.rowCount())}
    scores = groups["指标得分"]
    assert model.data(model.index(scores, 4)) == "5 records"
    assert model.data(model.index(scores, 5)) == "所属的考评记录已被暂扣，待审核"
    assert model.rowCount(model.index(scores, 0)) == 0, "a group's records load when it opens"
    tree.setCurrentIndex(model.index(scores, 0))
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Right)
    assert tree.isExpanded(model.index(scores, 0))
    assert model.rowCount(model.index(scores, 0)) == 5
    qtmodeltester.check(model)
    words = [model.data(model.index(n, 5, model.index(scores, 0))) for n in range(5)]
    assert all("指标“" in w and "（待审核）" in w for w in words), words

    tree.setCurrentIndex(model.index(scores, 0))
    say_yes = QMessageBox.question
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *_args: QMessageBox.StandardButton.No)
    )
    screen.accept_selected()
    assert model.held_count == 9, "saying no decides nothing"

    monkeypatch.setattr(QMessageBox, "question", staticmethod(say_yes))
    tree.selectAll()
    qtbot.keyClick(tree, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: model.rowCount() == 0, timeout=10_000)
    assert asked == ["Accept 9 held records in 5 groups?"]
    assert "Accepted 9 records: 9 added" in screen.ui.status_label.text()
    assert warnings == []
