"""Big lists at city scale: 20,000 compounds open, sort and filter in SQL, models pass the tester."""

import datetime as dt
import random
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import insert
from sqlmodel import select

from hexie_desktop.domain.ids import uuid7
from hexie_desktop.gui.compounds_screen import build_compounds_screen
from hexie_desktop.gui.context import ScreenContext
from hexie_desktop.gui.firms_screen import build_firms_screen
from hexie_desktop.gui.list_screen import ListScreen
from hexie_desktop.gui.operations import AppSignals
from hexie_desktop.gui.settings import AppSettings
from hexie_desktop.gui.tasks import TaskRunner
from hexie_desktop.paths import DataDir
from hexie_desktop.services.changes import Changes
from hexie_desktop.services.listings.master import (
    COMPOUND_COLUMNS,
    CompoundListing,
    FirmListing,
    ListingQuery,
)
from hexie_desktop.services.store import Store, open_store
from hexie_desktop.services.trust.identity import init_identity, require_identity
from hexie_desktop.storage.tables import (
    Community,
    Compound,
    Contract,
    District,
    Firm,
    Inspection,
    Street,
)
from tests.gui_support import type_with_input_method

COMPOUNDS = 20_000
TOWN_COMPOUNDS = 450
FIRMS = 300
BIGGEST = 5_000  # households of the one compound larger than all others
RENAMED = 1234  # the row that compound replaces


def _fill(store: Store, compounds: int) -> None:
    rng = random.Random(7)
    stamp = {"author_id": uuid7(), "hlc": 1, "deleted": False}
    district = {"id": uuid7(), "code": "330100", "name": "示范区", **stamp}
    streets = [
        {"id": uuid7(), "district_id": district["id"], "name": f"{n}街道", **stamp}
        for n in ("东湖", "西溪", "南山", "北塘")
    ]
    communities = [
        {"id": uuid7(), "street_id": streets[i % 4]["id"], "name": f"社区{i}", **stamp}
        for i in range(40)
    ]
    firms = [
        {"id": uuid7(), "credit_code": f"9133{i:014d}", "name": f"物业公司{i:03d}", **stamp}
        for i in range(FIRMS)
    ]
    rows = [
        {
            "id": uuid7(),
            "community_id": communities[i % 40]["id"],
            "name": f"小区{i:05d}",
            "households": rng.randint(10, 3000),
            **stamp,
        }
        for i in range(compounds)
    ]
    if compounds > RENAMED:
        rows[RENAMED]["name"], rows[RENAMED]["households"] = "翠苑一区", BIGGEST
    contracts = [
        {
            "id": uuid7(),
            "firm_id": firms[i % FIRMS]["id"],
            "compound_id": row["id"],
            "starts_on": dt.date(2024, 1, 1),
            **stamp,
        }
        for i, row in enumerate(rows)
    ]
    with store.transaction() as session:
        for table, table_rows in (
            (District, [district]),
            (Street, streets),
            (Community, communities),
            (Firm, firms),
            (Compound, rows),
            (Contract, contracts),
        ):
            session.execute(insert(table), table_rows)


@pytest.fixture(scope="module")
def city(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """One city-scale database for the tests of this module that only read it."""
    store = open_store(DataDir(tmp_path_factory.mktemp("city")))
    init_identity(store, "clerk", "王文员")
    _fill(store, COMPOUNDS)
    yield store
    store.close()


@pytest.fixture
def town(clerk_store: Store) -> Store:
    """A few hundred compounds: enough for several pages, small enough to check every cell."""
    _fill(clerk_store, TOWN_COMPOUNDS)
    return clerk_store


def _context(store: Store) -> Iterator[ScreenContext]:
    signals = AppSignals()
    runner = TaskRunner(signals)
    identity = require_identity(store)
    yield ScreenContext(store, runner, signals, AppSettings(store.data_dir), identity)
    runner.shutdown()


@pytest.fixture
def context(city: Store) -> Iterator[ScreenContext]:
    yield from _context(city)


@pytest.fixture
def town_context(town: Store) -> Iterator[ScreenContext]:
    yield from _context(town)


def _first(screen: ListScreen, column: int) -> str:
    return str(screen.model.data(screen.model.index(0, column)))


def test_compound_list_opens_sorts_and_filters_20000_rows(
    qtbot: QtBot, context: ScreenContext
) -> None:
    screen = build_compounds_screen(context)
    qtbot.addWidget(screen)
    screen.show()
    assert screen.model.rowCount() == COMPOUNDS
    assert "20,000" in screen.ui.count_label.text()

    header = screen.ui.record_table.horizontalHeader()
    households = QPoint(header.sectionViewportPosition(3) + 5, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=households)
    if not screen.model.query.descending:
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=households)
    assert screen.model.query.sort == "households" and screen.model.query.descending
    assert _first(screen, 3) == str(BIGGEST)
    assert _first(screen, 0) == "翠苑一区"

    type_with_input_method(screen.ui.filter_edit, "翠苑")
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1, timeout=2_000)
    assert _first(screen, 0) == "翠苑一区"
    assert screen.ui.count_label.text().startswith(("1 ", "显示 1 "))

    screen.ui.filter_edit.clear()
    qtbot.keyClicks(screen.ui.filter_edit, "0123")
    matching = sum("0123" in f"{i:05d}" for i in range(COMPOUNDS) if i != RENAMED)
    qtbot.waitUntil(lambda: screen.model.rowCount() == matching, timeout=2_000)

    screen.ui.filter_edit.clear()
    qtbot.waitUntil(lambda: screen.model.rowCount() == COMPOUNDS, timeout=2_000)
    last = screen.model.index(COMPOUNDS - 1, 4)
    assert screen.model.data(last).startswith("物业公司")


def test_filter_matches_street_and_firm_and_escapes_wildcards(city: Store) -> None:
    listing = CompoundListing()
    assert len(listing.ids(city, ListingQuery(text="东湖"))) == COMPOUNDS // 4
    assert len(listing.ids(city, ListingQuery(text="物业公司007"))) == COMPOUNDS // FIRMS + 1
    assert listing.ids(city, ListingQuery(text="%")) == []
    assert listing.ids(city, ListingQuery(text="_")) == []


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("sort", COMPOUND_COLUMNS)
def test_a_filtered_list_keeps_the_order_of_the_whole_list(
    city: Store, sort: str, descending: bool
) -> None:
    """Unfiltered sorts read the compound table alone and filtered ones hide the sort index from
    SQLite: both must still give one and the same order."""
    listing = CompoundListing()
    whole = listing.ids(city, ListingQuery(sort=sort, descending=descending))
    filtered = listing.ids(city, ListingQuery(text="东湖", sort=sort, descending=descending))
    assert len(whole) == COMPOUNDS and len(filtered) == COMPOUNDS // 4
    kept = set(filtered)
    assert filtered == [row_id for row_id in whole if row_id in kept]


def test_firm_listing_counts_what_each_firm_serves(city: Store) -> None:
    listing = FirmListing()
    ids = listing.ids(city, ListingQuery(sort="compounds", descending=True))
    assert len(ids) == FIRMS
    rows = listing.rows(city, ids[:1])
    name, code, compounds, households = rows[ids[0]]
    assert name.startswith("物业公司") and len(code) == 18
    assert compounds == COMPOUNDS // FIRMS + 1 and households > 0


def test_models_pass_the_model_tester(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    town_context: ScreenContext,
) -> None:
    for build in (build_compounds_screen, build_firms_screen):
        screen = build(town_context)
        qtbot.addWidget(screen)
        qtmodeltester.check(screen.model)
        screen.model.sort(1, Qt.SortOrder.DescendingOrder)
        screen.model.set_filter("1")
        qtmodeltester.check(screen.model)
        assert screen.model.rowCount(screen.model.index(0, 0)) == 0
        assert screen.model.data(QModelIndex()) is None


def test_list_refreshes_when_an_operation_changes_its_tables(
    qtbot: QtBot, town_context: ScreenContext
) -> None:
    context = town_context
    screen = build_compounds_screen(context)
    qtbot.addWidget(screen)
    with context.store.transaction() as session:
        session.execute(
            insert(Compound),
            [
                {
                    "id": uuid7(),
                    "community_id": session.exec(select(Community.id).limit(1)).one(),
                    "name": "新建小区",
                    "households": 1,
                    "author_id": uuid7(),
                    "hlc": 2,
                    "deleted": False,
                }
            ],
        )
    context.signals.operation_did_execute.emit(Changes.of(Inspection))
    assert screen.model.rowCount() == TOWN_COMPOUNDS
    with qtbot.waitSignal(screen.model.modelReset):
        context.signals.operation_did_execute.emit(Changes.of(Compound))
    assert screen.model.rowCount() == TOWN_COMPOUNDS + 1


def test_a_sort_already_in_force_does_not_query_again(
    qtbot: QtBot, town_context: ScreenContext
) -> None:
    """QTableView.sortByColumn both moves the header's indicator (which sorts) and sorts."""
    screen = build_compounds_screen(town_context)
    qtbot.addWidget(screen)
    resets: list[None] = []
    screen.model.modelReset.connect(lambda: resets.append(None))
    screen.ui.record_table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
    assert len(resets) == 1
    screen.model.sort(3, Qt.SortOrder.DescendingOrder)
    assert len(resets) == 1
    screen.model.sort(3, Qt.SortOrder.AscendingOrder)
    assert len(resets) == 2
