"""Properties of merging: any order, any number of times, the same database; no version lost.

Random edit histories of a few inspections by two or three inspectors (each its own inspections:
another's are held, see test_sync_ownership.py) are written as signed bundles, then merged into
copies of one clerk database in random orders, with repeats. Stamps are drawn from a tiny range
so that ties, equal stamps with different content and tombstones racing edits all happen often.
"""

import datetime as dt
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import select

from hexie_desktop.domain.clock import pack
from hexie_desktop.domain.ids import uuid7
from hexie_desktop.paths import DataDir
from hexie_desktop.services.bundles.exchange import merge_bundles
from hexie_desktop.services.store import open_store
from hexie_desktop.services.trust.identity import (
    installation_row,
    load_private_key,
    require_identity,
)
from hexie_desktop.storage.backup import backup_sqlite
from hexie_desktop.storage.tables import Inspection, RecordHistory
from hexie_desktop.sync.manifest import BundleAuthor
from hexie_desktop.sync.writer import BundleHeader, write_bundle
from tests.sync_world import World, business_rows, inspection_record, make_world

ROW_IDS = [[f"01a20000-0000-7000-8000-0000000{a}000{i}" for i in range(3)] for a in range(3)]
BASE_MS = int(dt.datetime(2026, 8, 1, tzinfo=dt.UTC).timestamp() * 1000)
NOTES = ("甲", "乙", "丙")


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    built = make_world(tmp_path_factory.mktemp("props"), inspectors=3)
    yield built
    built.close()


version = st.tuples(st.integers(0, 2), st.integers(0, 3), st.integers(0, 2), st.booleans())
history = st.lists(
    st.lists(st.lists(version, min_size=1, max_size=4), min_size=1, max_size=3),
    min_size=2,
    max_size=3,
)


def _record(
    world: World, author: str, index: int, edit: tuple[int, int, int, bool]
) -> dict[str, Any]:
    row, tick, note, deleted = edit
    return inspection_record(
        world,
        ROW_IDS[index][row],
        author,
        pack(BASE_MS + tick, 0),
        deleted=deleted,
        note=NOTES[note],
    )


def _write_bundles(
    world: World, plan: list[list[list[tuple[int, int, int, bool]]]], folder: Path
) -> tuple[list[Path], list[dict[str, Any]]]:
    paths: list[Path] = []
    versions: list[dict[str, Any]] = []
    for index, bundles in enumerate(plan):
        store = world.inspectors[index]
        identity = require_identity(store)
        key = load_private_key(store, identity)
        with store.reading() as session:
            row = installation_row(session)
            assert row is not None
            author = BundleAuthor(row.id, row.name, row.role, row.fingerprint, row.public_key)
        for seq, edits in enumerate(bundles, start=1):
            records = {
                r["id"]: r
                for r in (_record(world, author.installation_id, index, edit) for edit in edits)
            }
            versions.extend(records.values())
            header = BundleHeader(
                uuid7(), seq, None, "inspector", author, dt.datetime.now(dt.UTC).isoformat()
            )
            path = folder / f"{index}-{seq}.hexie"
            write_bundle(path, header, [("inspection", list(records.values()))], [], key)
            paths.append(path)
    return paths, versions


def _state(
    root: Path, template: World, order: list[Path]
) -> tuple[dict[str, Any], set[tuple[Any, ...]]]:
    root.mkdir()
    backup_sqlite(template.clerk.data_dir.database, root / "hexie.sqlite3")
    store = open_store(DataDir(root))
    try:
        results = merge_bundles(store, order).value
        assert all(r.status in ("applied", "duplicate") for r in results), [
            r.reason for r in results
        ]
        with store.reading() as session:
            kept = {
                (h.row_id, h.hlc, h.author_id, h.payload["note"], h.payload["deleted"])
                for h in session.exec(select(RecordHistory))
            }
            current = {
                (r.id, r.hlc, r.author_id, r.note, r.deleted)
                for r in session.exec(select(Inspection))
            }
        return business_rows(store), kept | current
    finally:
        store.close()


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(plan=history, data=st.data())
def test_any_order_any_repeats_converge_and_nothing_is_lost(
    template: World, plan: Any, data: st.DataObject
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        paths, versions = _write_bundles(template, plan, root)
        first = data.draw(st.permutations(paths))
        second = data.draw(st.permutations(paths))
        repeats = data.draw(st.lists(st.sampled_from(paths), max_size=3))
        state_a, seen_a = _state(root / "a", template, list(first))
        state_b, seen_b = _state(root / "b", template, [*second, *repeats, *first])
        assert state_a == state_b
        assert seen_a == seen_b
        every = {(v["id"], v["hlc"], v["author_id"], v["note"], v["deleted"]) for v in versions}
        assert every <= seen_a, "a version acknowledged by a merge was lost"
        current = {row[0]: row for row in seen_a if row in _current(root / "a")}
        for row_id in {v["id"] for v in versions}:
            top = max((v["hlc"], v["author_id"]) for v in versions if v["id"] == row_id)
            contenders = {
                (v["note"], v["deleted"])
                for v in versions
                if v["id"] == row_id and (v["hlc"], v["author_id"]) == top
            }
            winner = current[row_id]
            assert (winner[1], winner[2]) == top
            assert (winner[3], winner[4]) in contenders


def _current(root: Path) -> set[tuple[Any, ...]]:
    store = open_store(DataDir(root))
    try:
        with store.reading() as session:
            return {
                (r.id, r.hlc, r.author_id, r.note, r.deleted)
                for r in session.exec(select(Inspection))
            }
    finally:
        store.close()
