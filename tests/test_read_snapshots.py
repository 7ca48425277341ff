"""Each read a person sees as one (a screen, a printed report, a spreadsheet) is one snapshot.

A view that opened a session per helper could show a ranking from before a merge beside lists
from after it, and a spreadsheet could carry the verification code of other rows than its own.
Two proofs: every such read begins exactly one transaction on one connection, and a write
committed by another connection between its statements changes nothing it returns.
"""

import contextlib
import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, text

from hexie_desktop.domain.quarters import Quarter
from hexie_desktop.paths import DataDir
from hexie_desktop.reports.verification import report_digest, short_code
from hexie_desktop.services.demo.generate import DemoOptions, generate_demo
from hexie_desktop.services.evaluation.evaluate import evaluate_quarter
from hexie_desktop.services.evaluation.quarter_view import quarter_results
from hexie_desktop.services.evaluation.results_view import quarter_lists
from hexie_desktop.services.export.request import EXPORT_KINDS, QUARTER_KINDS, ExportRequest
from hexie_desktop.services.export.service import build_export
from hexie_desktop.services.grading.grade import grade_year
from hexie_desktop.services.reporting.printing import ReportRequest, build_view
from hexie_desktop.services.store import Store, open_store
from hexie_desktop.services.trust.identity import init_identity
from tests.pg_server import running_server, server_binaries

Q1, Q2 = Quarter(2026, 1), Quarter(2026, 2)
AS_OF = dt.date(2026, 6, 30)
TODAY = dt.date(2026, 7, 2)
# Raises every stored score of 2026Q1 by one point, as a re-evaluation committing would.
RAISE_SCORES = "UPDATE firmquarterscore SET score = score + 1 WHERE quarter = '2026Q1'"


def _filled(store: Store, firms: int, compounds: int) -> Store:
    init_identity(store, "clerk", "王文员")
    generate_demo(store, DemoOptions(firms=firms, compounds=compounds, quarters=[Q1, Q2], seed=7))
    evaluate_quarter(store, Q1)
    evaluate_quarter(store, Q2)
    grade_year(store, 2026)
    return store


@pytest.fixture(scope="module")
def evaluated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    store = open_store(DataDir(tmp_path_factory.mktemp("snapshots")))
    yield _filled(store, 30, 90)
    store.close()


@contextlib.contextmanager
def counted(store: Store) -> Iterator[Counter[str]]:
    """Transactions begun and pool connections checked out while the block runs."""
    counts: Counter[str] = Counter()

    def begun(_conn: Any) -> None:
        counts["transactions"] += 1

    def checked_out(_dbapi: Any, _record: Any, _proxy: Any) -> None:
        counts["connections"] += 1

    engine: Any = store.engine
    event.listen(engine, "begin", begun)
    event.listen(engine.pool, "checkout", checked_out)
    try:
        yield counts
    finally:
        event.remove(engine, "begin", begun)
        event.remove(engine.pool, "checkout", checked_out)


def _interviewed(store: Store) -> str:
    return quarter_lists(store, Q2).interviews[0].credit_code


def _report_requests(store: Store) -> list[ReportRequest]:
    code = _interviewed(store)
    return [
        ReportRequest.quarterly(Q1),
        ReportRequest.lists(Q2),
        ReportRequest.interview(code, Q2),
        ReportRequest.firm(code, AS_OF),
        ReportRequest.community(2026),
    ]


def _export_requests() -> list[ExportRequest]:
    return [
        ExportRequest(kind, quarter=Q2)
        if kind in QUARTER_KINDS
        else ExportRequest(kind, year=2026 if kind == "grading" else None)
        for kind in EXPORT_KINDS
    ]


ONE = Counter(transactions=1, connections=1)


def test_the_results_screen_reads_one_transaction(evaluated: Store) -> None:
    for quarter in (Q1, Q2, Quarter(2026, 3)):
        with counted(evaluated) as counts:
            quarter_results(evaluated, quarter)
        assert counts == ONE, quarter


def test_every_report_is_read_in_one_transaction(evaluated: Store) -> None:
    for request in _report_requests(evaluated):
        with counted(evaluated) as counts:
            build_view(evaluated, request, today=TODAY)
        assert counts == ONE, request


def test_every_export_reads_its_rows_and_its_code_in_one_transaction(evaluated: Store) -> None:
    for request in _export_requests():
        with counted(evaluated) as counts:
            build_export(evaluated, request)
        assert counts == ONE, request.kind


@contextlib.contextmanager
def write_after_first_read(store: Store, sql: str) -> Iterator[None]:
    """Commit `sql` on another connection just after the next read's first SELECT has run."""
    done = False
    engine: Any = store.engine

    def after(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        nonlocal done
        if done or not statement.lstrip().upper().startswith("SELECT"):
            return
        done = True
        with store.engine.begin() as other:
            other.execute(text(sql))

    event.listen(engine, "after_cursor_execute", after)
    try:
        yield
    finally:
        event.remove(engine, "after_cursor_execute", after)
    assert done, "the read ran no SELECT"


def _unaffected_by_a_write_between_its_statements(
    store: Store, read: Callable[[], Any], same: Callable[[Any, Any], bool]
) -> None:
    before = read()
    with write_after_first_read(store, RAISE_SCORES):
        during = read()
    after = read()
    assert same(before, during)
    assert not same(before, after), "the write changed nothing a new read sees"


def _scores_of(results: Any) -> list[tuple[str, float]]:
    return [(row.credit_code, row.score) for row in results.scores.rows]


def _same_screen(a: Any, b: Any) -> bool:
    return bool(_scores_of(a) == _scores_of(b) and a.bands == b.bands and a.trend == b.trend)


def _same_export(a: Any, b: Any) -> bool:
    return bool(a.rows == b.rows and a.code == b.code)


@pytest.fixture
def small(tmp_path: Path) -> Iterator[Store]:
    store = open_store(DataDir(tmp_path / "small"))
    yield _filled(store, 12, 30)
    store.close()


def test_a_write_between_the_statements_of_a_read_is_not_seen(small: Store) -> None:
    _unaffected_by_a_write_between_its_statements(
        small, lambda: quarter_results(small, Q1), _same_screen
    )
    request = ReportRequest.quarterly(Q1)
    _unaffected_by_a_write_between_its_statements(
        small, lambda: report_digest(build_view(small, request, today=TODAY)), str.__eq__
    )
    export = ExportRequest("scores", quarter=Q1)
    _unaffected_by_a_write_between_its_statements(
        small, lambda: build_export(small, export), _same_export
    )
    table = build_export(small, export)
    view = build_view(small, request, today=TODAY)
    assert table.code == short_code(report_digest(view))


@pytest.mark.skipif(server_binaries() is None, reason="no PostgreSQL server binaries")
def test_a_read_on_postgres_is_one_repeatable_snapshot(tmp_path: Path) -> None:
    with running_server() as url:
        store = open_store(DataDir(tmp_path / "pg"), url)
        try:
            _filled(store, 10, 24)
            with store.reading() as session:
                level = session.execute(text("SHOW transaction_isolation")).scalar()
            assert level == "repeatable read"
            _unaffected_by_a_write_between_its_statements(
                store, lambda: quarter_results(store, Q1), _same_screen
            )
        finally:
            store.close()
