"""The quarter-results screen as a clerk uses it: evaluate, rank, drill down, finalise, reopen."""

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlmodel import select

from hexie_desktop.domain.quarters import Quarter
from hexie_desktop.gui.context import ScreenContext
from hexie_desktop.gui.operations import AppSignals
from hexie_desktop.gui.results_drilldown import DrilldownDialog
from hexie_desktop.gui.results_ranking import RankingModel, RankingRow
from hexie_desktop.gui.results_reason_dialog import ReasonDialog
from hexie_desktop.gui.results_screen import ResultsScreen
from hexie_desktop.gui.settings import AppSettings
from hexie_desktop.gui.tasks import TaskRunner
from hexie_desktop.services.authoring import authoring
from hexie_desktop.services.changes import Changes
from hexie_desktop.services.demo.generate import DemoOptions, generate_demo
from hexie_desktop.services.evaluation.drilldown_view import firm_drilldown
from hexie_desktop.services.evaluation.evaluate import evaluate_quarter
from hexie_desktop.services.evaluation.results_view import quarter_scores
from hexie_desktop.services.fieldwork.inspection_view import inspection_detail
from hexie_desktop.services.store import Store
from hexie_desktop.services.trust.identity import current_identity
from hexie_desktop.storage.audit import append_event
from hexie_desktop.storage.tables import Compound
from tests.gui_support import type_with_input_method

Q1 = Quarter(2026, 1)
WAIT_MS = 20_000


@pytest.fixture
def demo_store(clerk_store: Store) -> Store:
    generate_demo(clerk_store, DemoOptions(firms=12, compounds=40, seed=1))
    return clerk_store


@pytest.fixture
def context(demo_store: Store) -> Iterator[ScreenContext]:
    signals = AppSignals()
    runner = TaskRunner(signals)
    identity = current_identity(demo_store)
    assert identity is not None
    yield ScreenContext(demo_store, runner, signals, AppSettings(demo_store.data_dir), identity)
    runner.shutdown()


@pytest.fixture(autouse=True)
def _settled(qtbot: QtBot, context: ScreenContext) -> Iterator[None]:
    """Let the refreshes a test's last action queued land before pytest-qt closes its screens."""
    yield
    qtbot.waitUntil(lambda: not context.runner.busy, timeout=WAIT_MS)


def open_screen(qtbot: QtBot, context: ScreenContext, quarter: str = "2026Q1") -> ResultsScreen:
    screen = ResultsScreen(context)
    qtbot.addWidget(screen)
    screen.show()
    combo = screen.ui.quarter_combo
    combo.setFocus()
    while combo.currentData() != quarter:
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: screen.results is not None, timeout=WAIT_MS)
    qtbot.waitUntil(
        lambda: screen.results is not None and screen.results.state.quarter == quarter,
        timeout=WAIT_MS,
    )
    return screen


def test_evaluate_from_the_screen_and_see_the_ranking(
    qtbot: QtBot, context: ScreenContext, warnings: list[str]
) -> None:
    screen = open_screen(qtbot, context)
    assert screen.ranking.rowCount() == 0
    assert (
        "尚未考评" in screen.ui.status_label.text() or "not been" in screen.ui.status_label.text()
    )
    qtbot.mouseClick(screen.ui.evaluate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.ranking.rowCount() > 0, timeout=WAIT_MS)
    assert warnings == []
    ranking = screen.ranking
    assert ranking.data(ranking.index(0, 0)) == "1"
    score_column = ranking.columnCount() - 2
    scores = [
        float(ranking.data(ranking.index(r, score_column))) for r in range(ranking.rowCount())
    ]
    assert scores == sorted(scores, reverse=True)
    header = screen.ui.ranking_table.horizontalHeader()
    qtbot.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(header.sectionViewportPosition(score_column) + 5, 5),
    )
    ascending = [
        float(ranking.data(ranking.index(r, score_column))) for r in range(ranking.rowCount())
    ]
    assert sorted(ascending) in (ascending, ascending[::-1])
    assert screen.red.rowCount() > 0
    assert sum(screen.distribution.counts) == ranking.rowCount()
    assert [q for q, _ in screen.trend.points] == ["2026Q1"]
    assert screen.ui.finalise_button.isEnabled()


def test_ranking_model_passes_the_model_checks(
    qtbot: QtBot, context: ScreenContext, qtmodeltester: ModelTester
) -> None:
    evaluate_quarter(context.store, Q1)
    screen = open_screen(qtbot, context)
    qtmodeltester.check(screen.ranking)
    screen.ranking.sort(1, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(screen.ranking)


def test_new_rows_arrive_in_the_order_the_header_shows(qtbot: QtBot) -> None:
    model = RankingModel()
    rows = [
        RankingRow("a", (1, "乙物业", 90.5)),
        RankingRow("b", (2, "甲物业", 80.25)),
        RankingRow("c", (None, "丙物业", None)),
    ]
    headers = ("名次", "企业", "得分")
    model.set_rows(headers, rows, 2, Qt.SortOrder.AscendingOrder)
    # Lowest score first; a firm without a score stays last in either direction.
    assert [model.firm_id(r) for r in range(3)] == ["b", "a", "c"]
    model.set_rows(headers, rows, 2, Qt.SortOrder.DescendingOrder)
    assert [model.firm_id(r) for r in range(3)] == ["a", "b", "c"]
    model.set_rows(headers, rows, 1, Qt.SortOrder.AscendingOrder)
    assert [model.firm_id(r) for r in range(3)] == ["c", "a", "b"]  # 丙 U+4E19 < 乙 < 甲
    assert model.data(model.index(1, 2)) == "90.50"


def test_drill_down_to_an_indicator_and_its_audit_history(
    qtbot: QtBot, context: ScreenContext, warnings: list[str]
) -> None:
    store = context.store
    evaluate_quarter(store, Q1, today=dt.date(2026, 4, 2))
    last = quarter_scores(store, Q1).rows[-1]
    drill = firm_drilldown(store, Q1, last.firm_id)
    first_sheet = drill.sheets[drill.compounds[0].compound_id][0]
    lines = inspection_detail(store, first_sheet.inspection_id).indicators
    row = next(n for n, i in enumerate(lines) if i.deductions)
    with store.transaction() as session, authoring(session) as author:
        append_event(
            session,
            actor_id=author.installation_id,
            action="held.accepted",
            table_name="indicatorscore",
            row_id=lines[row].score_id or "",
            detail={"reason": "复核照片后确认扣分"},
        )
    screen = open_screen(qtbot, context)
    table = screen.ui.ranking_table
    table.setFocus()
    table.selectRow(screen.ranking.row_of(last.firm_id))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(screen.dialog, DrilldownDialog), timeout=WAIT_MS)
    dialog = screen.dialog
    assert isinstance(dialog, DrilldownDialog)
    qtbot.waitUntil(lambda: dialog.detail is not None, timeout=WAIT_MS)
    assert dialog.compounds is not None
    assert dialog.compounds.rowCount() == len(drill.compounds)
    assert f"{last.score:.2f}" in dialog.ui.score_label.text()
    indicator_table = dialog.ui.indicator_table
    qtbot.mouseClick(
        indicator_table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=indicator_table.visualRect(dialog.indicators.index(row, 2)).center(),
    )
    assert lines[row].code in dialog.ui.indicator_label.text()
    dialog.ui.detail_tabs.setCurrentWidget(dialog.ui.history_tab)
    history = [
        [dialog.history.data(dialog.history.index(r, c)) for c in range(5)]
        for r in range(dialog.history.rowCount())
    ]
    accepted = [h for h in history if "复核照片后确认扣分" in h[4]]
    assert len(accepted) == 1 and accepted[0][1] == "王文员"
    assert any(h[3] != accepted[0][3] for h in history)  # the sheet's own record is there too
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: screen.dialog is None, timeout=WAIT_MS)
    assert not dialog.isVisible()

    first = screen.ranking.firm_id(0)
    table.selectRow(0)
    qtbot.mouseClick(screen.ui.drill_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: dialog.drill is not None and dialog.drill.firm_id == first, timeout=WAIT_MS
    )
    assert screen.dialog is dialog and dialog.isVisible()
    assert dialog.drill is not None and dialog.drill.name in dialog.ui.header_label.text()
    assert warnings == []


def test_a_finalised_quarter_refuses_evaluation_until_reopened_with_a_reason(
    qtbot: QtBot, context: ScreenContext, warnings: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    evaluate_quarter(context.store, Q1)
    screen = open_screen(qtbot, context)
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *_args: QMessageBox.StandardButton.Yes)
    )
    qtbot.mouseClick(screen.ui.finalise_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(screen.ui.reopen_button.isEnabled, timeout=WAIT_MS)
    assert not screen.ui.finalise_button.isEnabled()
    qtbot.mouseClick(screen.ui.evaluate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(warnings), timeout=WAIT_MS)
    assert "2026Q1 已定稿" in warnings[0] and "不能重新考评" in warnings[0]
    qtbot.waitUntil(screen.ui.evaluate_button.isEnabled, timeout=WAIT_MS)

    qtbot.mouseClick(screen.ui.reopen_button, Qt.MouseButton.LeftButton)
    dialog = screen.dialog
    assert isinstance(dialog, ReasonDialog)
    ok = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.ui.error_label.isVisible()
    type_with_input_method(dialog.ui.reason_edit, "业主申诉成立，需更正考评表")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(screen.ui.finalise_button.isEnabled, timeout=WAIT_MS)
    assert "业主申诉成立" in screen.ui.status_label.text()
    assert len(warnings) == 1


def test_results_whose_data_changed_say_they_await_re_evaluation(
    qtbot: QtBot, context: ScreenContext, warnings: list[str]
) -> None:
    store = context.store
    evaluate_quarter(store, Quarter(2026, 1))
    screen = open_screen(qtbot, context)
    assert "Awaiting re-evaluation" not in screen.ui.status_label.text()
    with store.transaction() as session, authoring(session) as author:
        compound = session.exec(select(Compound)).first()
        assert compound is not None
        compound.households, compound.hlc = compound.households + 1, author.clock.tick()
        session.add(compound)
    context.signals.operation_did_execute.emit(Changes.of(Compound))
    qtbot.waitUntil(
        lambda: "Awaiting re-evaluation" in screen.ui.status_label.text(), timeout=WAIT_MS
    )
    black = screen.black
    rules = {black.data(black.index(r, 5)) for r in range(black.rowCount())}
    assert rules <= {"Its ranking", "A red card this quarter", "Credit grade C"}
    qtbot.mouseClick(screen.ui.evaluate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: "Awaiting re-evaluation" not in screen.ui.status_label.text(), timeout=WAIT_MS
    )
    assert warnings == []
