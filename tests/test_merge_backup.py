"""Promise 9: a verified backup exists before a batch merge writes, and only then."""

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from hexie_desktop.services.bundles.exchange import export_bundle, merge_bundles
from hexie_desktop.services.safety import SAFETY_BACKUPS_KEPT
from tests.sync_world import World, field_work, make_world


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    built = make_world(tmp_path / "world")
    yield built
    built.close()


def _merge_backups(world: World) -> list[Path]:
    return sorted(world.clerk.data_dir.backups.glob("hexie-before-merge-*.sqlite3"))


def test_one_verified_backup_before_a_batch_that_writes(world: World) -> None:
    inspector = world.inspectors[0]
    field_work(inspector, world.master)
    first = export_bundle(inspector, world.root / "outbox").value.path
    field_work(inspector, world.master, compound=1)
    second = export_bundle(inspector, world.root / "outbox").value.path
    results = merge_bundles(world.clerk, [first, second]).value
    assert [r.status for r in results] == ["applied", "applied"]
    [backup] = _merge_backups(world)
    with sqlite3.connect(backup) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        # Taken before the first write: the backup holds none of the merged inspections.
        assert conn.execute("SELECT count(*) FROM inspection").fetchone()[0] == 0


def test_no_backup_for_a_dry_run_or_a_batch_of_duplicates(world: World) -> None:
    field_work(world.inspectors[0], world.master)
    path = export_bundle(world.inspectors[0], world.root / "outbox").value.path
    merge_bundles(world.clerk, [path], dry_run=True)
    assert _merge_backups(world) == []
    merge_bundles(world.clerk, [path])
    merge_bundles(world.clerk, [path])
    assert len(_merge_backups(world)) == 1


def test_old_merge_backups_are_pruned(world: World) -> None:
    inspector = world.inspectors[0]
    for number in range(SAFETY_BACKUPS_KEPT + 2):
        field_work(inspector, world.master, compound=number % 3)
        merge_bundles(world.clerk, [export_bundle(inspector, world.root / "outbox").value.path])
    assert len(_merge_backups(world)) == SAFETY_BACKUPS_KEPT
