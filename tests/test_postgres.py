"""The same code on a PostgreSQL server: schema, demo data, evaluation and checks.

A bureau that outgrows one laptop points `--db` at a server; these tests prove the migrations,
the bulk writes and the aggregate queries mean the same there as on SQLite.
"""

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import inspect, select
from sqlalchemy.exc import IntegrityError

from hexie_desktop.domain.ids import uuid7
from hexie_desktop.domain.quarters import Quarter
from hexie_desktop.paths import DataDir
from hexie_desktop.services.demo.generate import DemoOptions, generate_demo
from hexie_desktop.services.evaluation.evaluate import evaluate_quarter
from hexie_desktop.services.evaluation.results_view import quarter_lists, quarter_scores
from hexie_desktop.services.maintenance import check_database
from hexie_desktop.services.store import Store, open_store
from hexie_desktop.services.trust.identity import init_identity
from hexie_desktop.storage.migrate import current_revision, head_revision
from hexie_desktop.storage.server_copy import CopyWriter
from hexie_desktop.sync.ownership import Owners
from hexie_desktop.sync.schema import spec_for
from tests.pg_server import running_server, server_binaries

pytestmark = pytest.mark.skipif(server_binaries() is None, reason="no PostgreSQL server binaries")

QUARTER = Quarter(2026, 1)
OPTIONS = DemoOptions(firms=15, compounds=60, quarters=[QUARTER], seed=7)


@pytest.fixture(scope="module")
def pg_url() -> Iterator[str]:
    with running_server() as url:
        yield url


def _evaluated(store: Store) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    init_identity(store, "clerk", "王文员")
    generate_demo(store, OPTIONS)
    evaluate_quarter(store, QUARTER)
    scores = quarter_scores(store, QUARTER).as_dict()["firms"]
    lists = quarter_lists(store, QUARTER).as_dict()
    return scores, {key: lists[key] for key in ("red", "black", "interviews")}


def test_migrations_create_every_table_on_postgres(pg_url: str, tmp_path: Path) -> None:
    store = open_store(DataDir(tmp_path / "pg"), pg_url)
    try:
        assert current_revision(store.engine) == head_revision()
        tables = set(inspect(store.engine).get_table_names())
        assert {"firm", "compound", "inspection", "indicatorscore", "auditevent"} <= tables
    finally:
        store.close()


def test_demo_and_evaluation_agree_between_sqlite_and_postgres(pg_url: str, tmp_path: Path) -> None:
    server = open_store(DataDir(tmp_path / "pg"), pg_url)
    local = open_store(DataDir(tmp_path / "sqlite"))
    try:
        on_server = _evaluated(server)
        on_sqlite = _evaluated(local)
        report = check_database(server)
    finally:
        server.close()
        local.close()
    assert on_server == on_sqlite
    assert len(on_server[0]) > 0
    assert report.healthy


def test_ownership_lookups_run_on_postgres(pg_url: str, tmp_path: Path) -> None:
    """The merge's ownership lookups are plain SQL with an array parameter on a server."""
    store = open_store(DataDir(tmp_path / "pg-owners"), pg_url)
    try:
        with store.engine.connect() as conn:
            owners = Owners(conn)
            owners.load_sheets({"01a20000-0000-7000-8000-000000000001"})
            owners.load_terms({"01a20000-0000-7000-8000-000000000002"})
            assert owners.sheet("01a20000-0000-7000-8000-000000000001") is None
            assert not owners.serves("f", "01a20000-0000-7000-8000-000000000002", QUARTER.first_day)
    finally:
        store.close()


def test_a_merge_batch_by_copy_reads_back_as_written_and_a_refused_one_raises(
    pg_url: str, tmp_path: Path
) -> None:
    """The server's bulk path: new rows copied in, replacing versions upserted, and a batch the
    table refuses (an id already there) raises the IntegrityError the merge redoes row by row."""
    store = open_store(DataDir(tmp_path / "pg-copy"), pg_url)
    spec = spec_for("district")
    writer = CopyWriter(spec.table, spec.columns)
    fresh = {"id": uuid7(), "author_id": "a", "hlc": 7, "deleted": False}
    row = {**fresh, "code": "310101", "name": "黄浦区"}
    try:
        with store.engine.connect() as conn, conn.begin():
            writer.write(conn, [tuple(row[c] for c in spec.columns)], fresh=True)
            changed = {**row, "name": "黄浦区（新）", "hlc": 8, "deleted": True}
            writer.write(conn, [tuple(changed[c] for c in spec.columns)], fresh=False)
            with pytest.raises(IntegrityError), conn.begin_nested():
                writer.write(conn, [tuple(row[c] for c in spec.columns)], fresh=True)
            stored = conn.execute(select(spec.table).where(spec.table.c.id == row["id"])).one()
    finally:
        store.close()
    assert dict(stored._mapping) == changed
