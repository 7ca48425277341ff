"""The clerk's window on a PostgreSQL server: every section opens with data, and a clerk's work
(a merge, a held record accepted, evaluation, finalising, a report) goes through it as on a laptop.

The screens are the laptop's; only the store behind them is the throwaway server's. The window is
also started as the bureau starts it, `hexie --db postgresql+psycopg://…`, in its own process.
"""

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import create_engine, text
from sqlmodel import select

from hexie_desktop.faults import database_busy
from hexie_desktop.gui import app as gui_app
from hexie_desktop.gui.list_screen import ListScreen
from hexie_desktop.gui.main_window import MainWindow
from hexie_desktop.gui.merge_screen import MergeScreen
from hexie_desktop.gui.reports_screen import ReportsScreen
from hexie_desktop.gui.results_screen import ResultsScreen
from hexie_desktop.gui.review_screen import ReviewScreen
from hexie_desktop.gui.tasks import TaskRunner
from hexie_desktop.paths import DataDir
from hexie_desktop.services.audit.check import verify_audit
from hexie_desktop.services.authoring import authoring
from hexie_desktop.services.bundles.exchange import export_bundle
from hexie_desktop.services.demo.generate import DemoOptions, generate_demo
from hexie_desktop.services.listings.complaints import ComplaintListing
from hexie_desktop.services.listings.master import (
    CompoundListing,
    FirmListing,
    Listing,
    ListingQuery,
    Row,
)
from hexie_desktop.services.rules.standards import default_policy_document, install_policy
from hexie_desktop.services.store import Store, open_store
from hexie_desktop.services.trust.identity import init_identity
from hexie_desktop.storage.server_lock import WRITER_LOCK
from hexie_desktop.storage.tables import AuditEvent, Firm, QuarterStatus
from tests.gui_support import context_for, type_with_input_method
from tests.pg_server import copy_database, running_server, server_binaries
from tests.sync_world import (
    QUARTER,
    Master,
    enrol,
    field_work,
    new_store,
    seed_master,
    ship_master,
    submit,
)

pytestmark = pytest.mark.skipif(server_binaries() is None, reason="no PostgreSQL server binaries")

ROOT = Path(__file__).resolve().parent.parent
WAIT_MS = 30_000
TEMPLATE = "city"


CITY = DemoOptions(firms=8, compounds=24, seed=2)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """A server holding a small demo city as a template database, and its clerk's data folder."""
    with running_server() as url:
        folder = tmp_path_factory.mktemp("pg-window") / "clerk"
        store = open_store(DataDir(folder), copy_database(url, TEMPLATE, "hexie"))
        try:
            _city(store)
        finally:
            store.close()
        yield url, folder


def _city(store: Store) -> None:
    """The demo city, with one compound no firm serves today."""
    init_identity(store, "clerk", "王文员")
    generate_demo(store, CITY)
    with store.transaction() as session:
        first = "(SELECT min(name) FROM compound)"
        session.execute(
            text(
                "UPDATE contract SET deleted = true WHERE compound_id = "
                f"(SELECT id FROM compound WHERE name = {first})"
            )
        )


_copies = iter(range(1_000))


@pytest.fixture
def city(server: tuple[str, Path], tmp_path: Path) -> Iterator[Store]:
    """A fresh copy of the demo city on the server, opened from a copy of its clerk's folder."""
    url, folder = server
    shutil.copytree(folder, tmp_path / "clerk")
    store = open_store(
        DataDir(tmp_path / "clerk"), copy_database(url, f"city{next(_copies)}", TEMPLATE)
    )
    yield store
    store.close()


def _window(qtbot: QtBot, store: Store, runner: TaskRunner) -> MainWindow:
    context = context_for(store, runner)
    window = MainWindow(context.settings, store.data_dir)
    qtbot.addWidget(window)
    window.attach(context)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def test_every_section_opens_with_its_data_on_a_server(
    qtbot: QtBot, city: Store, runner: TaskRunner, warnings: list[str]
) -> None:
    window = _window(qtbot, city, runner)
    assert city.server is not None and "上的数据库 city" in city.server
    assert window.folder_label.text() == (
        f"Central store: {city.server} · data folder: {city.data_dir.root}"
    )
    for row, section in enumerate(window.sections):
        window.show_section(row)
        qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)
        screen = window.current_screen()
        assert screen is not None and screen.objectName(), section.key
        if isinstance(screen, ListScreen):
            assert screen.model.rowCount() > 0, section.key
    assert warnings == []


@pytest.fixture
def bureau(server: tuple[str, Path], tmp_path: Path) -> Iterator[tuple[Store, Store, Master]]:
    """A clerk on a fresh server database with master data, and an enrolled inspector's laptop."""
    url, _ = server
    clerk = open_store(
        DataDir(tmp_path / "clerk"), copy_database(url, f"bureau{next(_copies)}", "template0")
    )
    init_identity(clerk, "clerk", "王文员")
    master = seed_master(clerk)
    with clerk.transaction() as session, authoring(session) as author:
        install_policy(session, default_policy_document(), author)
    inspector = new_store(tmp_path, "inspector", "inspector")
    enrol(clerk, inspector, tmp_path)
    ship_master(clerk, inspector, tmp_path / "outbox")
    yield clerk, inspector, master
    clerk.close()
    inspector.close()


def _section(qtbot: QtBot, window: MainWindow, runner: TaskRunner, key: str) -> QWidget:
    window.show_section([s.key for s in window.sections].index(key))
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)
    screen = window.current_screen()
    assert screen is not None
    return screen


def test_a_clerks_quarter_through_the_window_on_a_server(
    qtbot: QtBot,
    bureau: tuple[Store, Store, Master],
    runner: TaskRunner,
    tmp_path: Path,
    *,
    warnings: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    clerk, inspector, master = bureau
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *_args: QMessageBox.StandardButton.Yes)
    )
    for compound in range(3):
        submit(
            inspector,
            field_work(inspector, master, compound=compound, scores=len(master.indicators)),
        )
    _rename_firm(inspector, master)
    bundle = export_bundle(inspector, tmp_path / "stick").value.path
    window = _window(qtbot, clerk, runner)

    merge = _section(qtbot, window, runner, "merge")
    assert isinstance(merge, MergeScreen)
    merge.add_paths([bundle])
    qtbot.mouseClick(merge.ui.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not merge.busy and bool(merge.ui.summary.results), timeout=WAIT_MS)
    [merged] = merge.ui.summary.results
    assert (merged.status, merged.dry_run) == ("held", False)

    review = _section(qtbot, window, runner, "review")
    assert isinstance(review, ReviewScreen)
    qtbot.waitUntil(lambda: review.held_model.held_count == 1, timeout=WAIT_MS)
    review.ui.held_table.setCurrentIndex(review.held_model.index(0, 0))
    type_with_input_method(review.ui.reason_edit, "已电话核实")
    qtbot.mouseClick(review.ui.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: review.held_model.held_count == 0, timeout=WAIT_MS)

    results = _section(qtbot, window, runner, "results")
    assert isinstance(results, ResultsScreen)
    combo = results.ui.quarter_combo
    combo.setCurrentIndex(combo.findData(QUARTER))
    qtbot.waitUntil(
        lambda: results.results is not None and results.results.state.quarter == QUARTER,
        timeout=WAIT_MS,
    )
    qtbot.mouseClick(results.ui.evaluate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: results.ranking.rowCount() == 2, timeout=WAIT_MS)
    qtbot.waitUntil(results.ui.finalise_button.isEnabled, timeout=WAIT_MS)
    qtbot.mouseClick(results.ui.finalise_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(results.ui.reopen_button.isEnabled, timeout=WAIT_MS)

    reports = _section(qtbot, window, runner, "reports")
    assert isinstance(reports, ReportsScreen)
    reports.ui.quarter_combo.setCurrentText(QUARTER)
    qtbot.mouseClick(reports.ui.generate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: reports.current is not None, timeout=WAIT_MS)
    report = reports.current
    assert report is not None and report.subject == QUARTER and report.pages > 0
    assert warnings == []

    with clerk.reading() as session:
        firm = session.get(Firm, master.firms[1])
        assert firm is not None and firm.name == "考评员改的名字"
        status = session.exec(select(QuarterStatus).where(QuarterStatus.quarter == QUARTER)).one()
        assert status.finalised
        actions = session.exec(select(AuditEvent.action)).all()
    assert {"held.accepted", "quarter.finalised"} <= set(actions)
    assert verify_audit(clerk).intact


def _rename_firm(inspector: Store, master: Master) -> None:
    with inspector.transaction() as session, authoring(session) as author:
        firm = session.get(Firm, master.firms[1])
        assert firm is not None
        firm.name = "考评员改的名字"
        stamp = author.stamp()
        firm.hlc, firm.author_id = stamp["hlc"], stamp["author_id"]
        session.add(firm)


@pytest.fixture(scope="module")
def laptop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """The same demo city in a laptop's SQLite database."""
    store = open_store(DataDir(tmp_path_factory.mktemp("pg-window-laptop")))
    _city(store)
    yield store
    store.close()


LISTINGS: list[tuple[Listing, str]] = [
    (CompoundListing(), "区"),
    (FirmListing(), "91"),
    (ComplaintListing(), "噪"),
]


@pytest.mark.parametrize(("listing", "text"), LISTINGS, ids=lambda value: type(value).__name__)
def test_a_list_sorts_and_filters_on_a_server_as_on_a_laptop(
    city: Store, laptop: Store, listing: Listing, text: str
) -> None:
    """Every sort key both ways, unfiltered and filtered: the same rows in the same order, empty
    values where the laptop puts them, letters matched in either case."""

    def shown(store: Store, query: ListingQuery) -> list[Row]:
        ids = listing.ids(store, query)
        rows = listing.rows(store, ids)
        return [rows[row_id] for row_id in ids]

    for sort in listing.columns:
        for descending in (False, True):
            for filter_text in ("", text):
                query = ListingQuery(text=filter_text, sort=sort, descending=descending)
                on_laptop = shown(laptop, query)
                assert shown(city, query) == on_laptop, query
                assert on_laptop, query


def test_a_credit_code_typed_in_lower_case_finds_its_firm_on_a_server(city: Store) -> None:
    listing = FirmListing()
    [firm_id] = listing.ids(city, ListingQuery(text=_credit_codes(city)[0].lower()))
    assert listing.rows(city, [firm_id])[firm_id][1] == _credit_codes(city)[0]


def _credit_codes(store: Store) -> list[str]:
    with store.reading() as session:
        codes = session.exec(select(Firm.credit_code).order_by(Firm.credit_code)).all()
    return [code for code in codes if any(c.isalpha() for c in code)]


def test_hexie_opens_the_window_on_a_server_as_the_command_line_does(city: Store) -> None:
    """`hexie --db postgresql+psycopg://…`, the real command in its own process, as a shortcut
    starts it: the window shows, then its first section with the server's data."""
    url = city.engine.url.render_as_string(hide_password=False)
    folder = city.data_dir.root
    city.close()
    env = dict(os.environ, **{gui_app.ENV_QUIT_AFTER_SHOW: "1"})
    done = subprocess.run(
        [sys.executable, "-m", "hexie_desktop", "--data-dir", str(folder), "--db", url],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert (done.returncode, done.stdout.split()) == (0, ["shown", "ready"]), done.stderr


def _waiting_line(window: MainWindow) -> str:
    """The label of the progress dialog the window shows for running work, if any."""
    shown = [*window.findChildren(QProgressDialog), *QApplication.topLevelWidgets()]
    labels = [w.labelText() for w in shown if isinstance(w, QProgressDialog) and w.isVisible()]
    return labels[0] if labels else ""


def test_a_write_waiting_for_another_clerk_shows_its_wait_and_the_window_answers(
    qtbot: QtBot, city: Store, runner: TaskRunner, warnings: list[str]
) -> None:
    """Another clerk holds the writer lock: evaluating waits with a line saying so (the window
    goes on answering), runs once the lock is free, and is refused after the 15 s wait."""
    runner.set_window(window := _window(qtbot, city, runner))
    results = _section(qtbot, window, runner, "results")
    assert isinstance(results, ResultsScreen)
    qtbot.waitUntil(lambda: results.results is not None, timeout=WAIT_MS)
    ticks: list[int] = []
    heartbeat = QTimer()
    heartbeat.timeout.connect(lambda: ticks.append(1))
    heartbeat.start(50)
    other = create_engine(city.engine.url)
    try:
        with other.connect() as conn:
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITER_LOCK})
            qtbot.mouseClick(results.ui.evaluate_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: "另一位工作人员" in _waiting_line(window), timeout=WAIT_MS)
            before = len(ticks)
            qtbot.waitUntil(lambda: "已等待 2 秒" in _waiting_line(window), timeout=WAIT_MS)
            assert len(ticks) - before >= 5, "the window went on answering while it waited"
            conn.rollback()
            qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)
            assert results.ranking.rowCount() > 0 and warnings == []

            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITER_LOCK})
            qtbot.mouseClick(results.ui.evaluate_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: bool(warnings), timeout=WAIT_MS)
            conn.rollback()
    finally:
        heartbeat.stop()
        other.dispose()
    assert warnings == [database_busy().message]
    assert _waiting_line(window) == ""
